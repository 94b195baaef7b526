package org.throughcareatlas;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Backend and data-import together, for data-import's tests. */
@SpringBootApplication
public class DataImportTestApplication {}
