package dev.tradeguard.console;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** A signed-in person's cookies, as a browser would keep them, for RestAssured calls to the console. */
public final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();

    private Browser() {
    }

    /** Signs in with the local form; fails the test if the console does not set a session cookie. */
    public static Browser signIn(String user) {
        Browser browser = new Browser();
        Response reply = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", ConsoleTestServices.PASSWORD).post("/j_security_check");
        String session = reply.getCookie("tradeguard-console");
        if (session == null) {
            throw new AssertionError(user + " could not sign in: " + reply.statusCode() + " " + reply.headers());
        }
        browser.cookies.put("tradeguard-console", session);
        return browser;
    }

    public Response get(String path) {
        Response reply = given().redirects().follow(false).cookies(cookies).get(path);
        String csrf = reply.getCookie("csrf-token");
        if (csrf != null) {
            cookies.put("csrf-token", csrf);
        }
        return reply;
    }

    /** Posts a form from {@code page} the way the page's own form would, with the token the page carries. */
    public Response submit(String page, String action, Map<String, String> fields) {
        Matcher token = CSRF_FIELD.matcher(get(page).body().asString());
        if (!token.find()) {
            throw new AssertionError(page + " carries no CSRF token");
        }
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", token.group(1));
        return post(action, form);
    }

    /** Posts exactly {@code form}: no token is added (a forged request). */
    public Response post(String action, Map<String, String> form) {
        return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParams(form).post(action);
    }
}
