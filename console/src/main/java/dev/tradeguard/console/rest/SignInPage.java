package dev.tradeguard.console.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tradeguard.console.security.ConsoleRoles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The local sign-in form (it posts to Quarkus's form authentication), sign-out, and the start page. */
@Path("/")
public class SignInPage {
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed);
    }

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signIn(@QueryParam("error") String error) {
        return Templates.signIn(error != null);
    }

    @GET
    @RolesAllowed(ConsoleRoles.VIEWER)
    public Response start() {
        return Response.seeOther(URI.create("/approvals")).build();
    }

    /** Ends the session: the cookie is expired (a form post, so it carries the CSRF token like every other). */
    @POST
    @Path("sign-out")
    @PermitAll
    public Response signOut() {
        return Response.seeOther(URI.create("/login")).cookie(new NewCookie.Builder(sessionCookie).path("/").value("")
                .maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build()).build();
    }
}
