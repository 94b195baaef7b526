/**
 * The illustrative demo directory ({@link DemoDirectory}) and its loading into an empty database at
 * start-up. See docs/demo-directory.md for how it was made and the duplicates and gaps built into
 * it.
 */
package org.throughcareatlas.demo;
