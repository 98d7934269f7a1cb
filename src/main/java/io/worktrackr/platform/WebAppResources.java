package io.worktrackr.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

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
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations(STATIC)
                .setCacheControl(CacheControl.noStore())
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver());
    }

    /**
     * The server, not the header's order, picks the encoding: brotli whenever accepted, else gzip. Spring follows the
     * order the client lists, and Chromium lists {@code gzip} before {@code br}, so browsers got the larger gzip
     * file; worse, the resolver cache keys on the set of codings, so after one such request every client accepting
     * both was answered gzip.
     */
    static final class BrotliFirst extends AbstractResourceResolver {

        @Override
        protected @Nullable Resource resolveResourceInternal(
                @Nullable HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveResource(request == null ? null : brotliFirst(request), requestPath, locations);
        }

        @Override
        protected @Nullable String resolveUrlPathInternal(
                String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourceUrlPath, locations);
        }

        private static HttpServletRequest brotliFirst(HttpServletRequest request) {
            String accepted = request.getHeader("Accept-Encoding");
            if (accepted == null) {
                return request;
            }
            String reordered = Arrays.stream(accepted.split(","))
                    .map(String::trim)
                    .sorted(Comparator.comparing(
                            coding -> !coding.toLowerCase(java.util.Locale.ROOT).startsWith("br")))
                    .collect(Collectors.joining(", "));
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return "Accept-Encoding".equalsIgnoreCase(name) ? reordered : super.getHeader(name);
                }
            };
        }
    }
}
