package dev.tradeguard.alert.messaging;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Twilio's REST API (2010-04-01): form-encoded POSTs with HTTP basic auth (account SID : auth token). */
@Path("/2010-04-01/Accounts/{accountSid}")
public interface TwilioApi {
    @POST
    @Path("/Messages.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response createMessage(@PathParam("accountSid") String accountSid,
            @HeaderParam("Authorization") String authorization, @FormParam("To") String to,
            @FormParam("From") String from, @FormParam("Body") String body);

    @POST
    @Path("/Calls.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response createCall(@PathParam("accountSid") String accountSid,
            @HeaderParam("Authorization") String authorization, @FormParam("To") String to,
            @FormParam("From") String from, @FormParam("Twiml") String twiml);
}
