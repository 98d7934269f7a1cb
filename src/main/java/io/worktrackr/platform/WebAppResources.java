package io.worktrackr.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * How the web app's files reach the browser. Vite names every built asset after its content hash, so an asset
 * never changes under its name: the browser keeps it for a year and never asks again. {@code index.html} names
 * the current assets, so it is never stored. Both are sent as the brotli or gzip file the build wrote beside them
 * (frontend/scripts/precompress.mjs) when the browser accepts it: no compression work per request.
 */
@Configuration(proxyBeanMethods = false)
class WebAppResources implements WebMvcConfigurer {

    private static final String STATIC = "classpath:/static/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(STATIC + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations(STATIC)
                .setCacheControl(CacheControl.noStore())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }
}
