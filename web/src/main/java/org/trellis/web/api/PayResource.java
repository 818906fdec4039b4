package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.pay.boundary.IndividualPay;
import org.trellis.pay.entity.PayStatement;

/**
 * A person's pay: for the person, the HR partner of their department and ADMIN only (anyone else
 * {@code 403}, whether or not the person exists). Its own resource, so that nothing else under
 * {@code /employees} is ever written with pay at hand.
 */
@Path("employees/{number}/pay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pay")
public class PayResource {

    @Inject
    IndividualPay pay;

    @GET
    @Operation(operationId = "getEmployeePay", summary = "A person's pay, its history, their band's range and the band's averages (groups of 5 or more); the person, their HR partner and ADMIN only")
    @APIResponseSchema(value = PayStatement.class, responseCode = "200", responseDescription = "The person's pay")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PayStatement of(@PathParam("number") String number) {
        return pay.of(number);
    }
}
