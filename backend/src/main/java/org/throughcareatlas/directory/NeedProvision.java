package org.throughcareatlas.directory;

/** How many active services, from how many agencies, meet a top-level need. */
public record NeedProvision(String needId, String needName, int services, int agencies) {}
