package dev.tradeguard.console.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tradeguard.console.client.ServiceDownException;
import dev.tradeguard.console.client.ServiceRefusedException;
import dev.tradeguard.console.security.Operator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/** Error pages a person can act on: which role an act needs, which service is down and what still works. */
public class ErrorPages {
    @Inject
    Operator operator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "Not allowed", operator.name() + " holds " + operator.roles() + ": this act needs a role "
                + "you do not have. Nothing was sent to any service.");
    }

    @ServerExceptionMapper
    public Response down(ServiceDownException e) {
        return page(503, e.service().displayName() + " is down", e.getMessage());
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefusedException e) {
        return page(e.status() == 404 ? 404 : 400, "Refused", e.getMessage());
    }

    private static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, detail).render()).build();
    }
}
