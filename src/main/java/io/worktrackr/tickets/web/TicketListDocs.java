package io.worktrackr.tickets.web;

import io.worktrackr.tickets.TicketView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents each view's default order on {@code GET /api/tickets}' {@code sort} parameter, from {@link
 * TicketView#defaultSort()}: in words, and as the extension {@code x-default-by-view} (view code → sort) from
 * which the web app generates its defaults (frontend/scripts/gen-api.mjs), so the server's rule has one home.
 */
@Configuration(proxyBeanMethods = false)
class TicketListDocs {

    static final String DEFAULT_BY_VIEW = "x-default-by-view";

    @Bean
    OperationCustomizer ticketListDefaultSorts() {
        return (operation, handler) -> {
            if (!"listTickets".equals(operation.getOperationId()) || operation.getParameters() == null) {
                return operation;
            }
            Map<String, String> defaults = new LinkedHashMap<>();
            Arrays.stream(TicketView.values()).forEach(view -> defaults.put(view.code(), view.defaultSort()));
            operation.getParameters().stream()
                    .filter(p -> "sort".equals(p.getName()))
                    .forEach(sort -> {
                        sort.setDescription("`updated`, `created`, `number`, `priority`, `status`, `title` or "
                                + "`due` (nearest due first, no running clock last); a leading `-` sorts "
                                + "descending. Without it, the view's default (`" + DEFAULT_BY_VIEW + "`): "
                                + defaults.entrySet().stream()
                                        .collect(Collectors.groupingBy(
                                                Map.Entry::getValue,
                                                LinkedHashMap::new,
                                                Collectors.mapping(Map.Entry::getKey, Collectors.joining(", "))))
                                        .entrySet()
                                        .stream()
                                        .map(e -> "`" + e.getKey() + "` for " + e.getValue())
                                        .collect(Collectors.joining("; "))
                                + ".");
                        sort.addExtension(DEFAULT_BY_VIEW, defaults);
                    });
            return operation;
        };
    }
}
