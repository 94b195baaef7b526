package org.throughcareatlas;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, for the backend's tests (the application itself is in frontend). */
@SpringBootApplication
public class BackendTestApplication {}
