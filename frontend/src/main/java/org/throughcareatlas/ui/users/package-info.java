/** Users: an administrator creates users, sets their roles and agencies, resets passwords. */
package org.throughcareatlas.ui.users;
