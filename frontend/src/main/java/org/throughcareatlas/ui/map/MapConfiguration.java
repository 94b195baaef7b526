package org.throughcareatlas.ui.map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes {@link MapSettings} a bean that views can inject. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapSettings.class)
public class MapConfiguration {}
