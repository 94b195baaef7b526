/** Report a problem: the report dialog, the editors' queue and "My reports". */
package org.throughcareatlas.ui.problems;
