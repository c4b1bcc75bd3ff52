package dev.tradeguard.execution.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * BRIEF invariant 5: only execution-service may depend on the Alpaca client. The build-time guard is the
 * maven-enforcer {@code bannedDependencies} rule in every service's pom (transitive search on, so a library that pulled
 * alpaca-java in would fail every service build). This test proves the guard is in place, reading every module's
 * pom.xml from the reactor root: if someone removes the rule, switches it off, or declares the client elsewhere, the
 * build fails here. Inside execution-service, only the adapter package may import the client.
 */
class BrokerClientIsolationTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String CLIENT_GROUP = "net.jacobpeterson";
    static final String THIS_MODULE = "execution-service";

    static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    static List<String> modules() throws Exception {
        Element root = read(ROOT.resolve("pom.xml")).getDocumentElement();
        List<String> modules = new ArrayList<>();
        for (Element list : children(root, "modules")) {
            for (Element module : children(list, "module")) {
                modules.add(module.getTextContent().trim());
            }
        }
        return modules;
    }

    /** Every declared dependency on the client, with its scope (compile when absent). */
    static List<String> clientDependencies(Document pom) {
        List<String> found = new ArrayList<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String group = text(dependency, "groupId");
            if (group != null && group.startsWith(CLIENT_GROUP)) {
                String scope = text(dependency, "scope");
                found.add(text(dependency, "artifactId") + ":" + (scope == null ? "compile" : scope));
            }
        }
        return found;
    }

    static boolean bansTheClient(Document pom) {
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            NodeList banned = execution.getElementsByTagName("bannedDependencies");
            if (banned.getLength() == 0) {
                continue;
            }
            String skip = execution.getElementsByTagName("skip").getLength() == 0 ? "false"
                    : execution.getElementsByTagName("skip").item(0).getTextContent().trim();
            boolean excludesClient = false;
            NodeList excludes = ((Element) banned.item(0)).getElementsByTagName("exclude");
            for (int j = 0; j < excludes.getLength(); j++) {
                excludesClient |= excludes.item(j).getTextContent().trim().equals(CLIENT_GROUP + ":*");
            }
            if (excludesClient && (skip.equals("false") || skip.equals("${broker-client.allowed}"))) {
                return true;
            }
        }
        return false;
    }

    static String property(Document pom, String name) {
        NodeList properties = pom.getElementsByTagName("properties");
        for (int i = 0; i < properties.getLength(); i++) {
            String value = text((Element) properties.item(i), name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Test
    void theReactorDefaultForbidsTheBrokerClient() throws Exception {
        assertEquals("false", property(read(ROOT.resolve("pom.xml")), "broker-client.allowed"));
        assertEquals("true", property(read(ROOT.resolve(THIS_MODULE).resolve("pom.xml")), "broker-client.allowed"));
    }

    @Test
    void everyOtherServiceBansTheBrokerClientAndDoesNotDeclareIt() throws Exception {
        List<String> services = modules().stream().filter(module -> module.endsWith("-service"))
                .filter(module -> !module.equals(THIS_MODULE)).toList();
        assertTrue(services.size() >= 4, "services found: " + services);
        for (String service : services) {
            Document pom = read(ROOT.resolve(service).resolve("pom.xml"));
            assertTrue(bansTheClient(pom), service + " must have the enforcer bannedDependencies rule on "
                    + CLIENT_GROUP + ":* switched on");
            assertFalse("true".equals(property(pom, "broker-client.allowed")),
                    service + " must not allow the broker client");
            assertEquals(List.of(), clientDependencies(pom), service + " must not depend on the Alpaca client");
        }
    }

    @Test
    void noOtherModuleShipsTheBrokerClient() throws Exception {
        for (String module : modules()) {
            if (module.equals(THIS_MODULE)) {
                continue;
            }
            Path pomFile = ROOT.resolve(module).resolve("pom.xml");
            if (!Files.isRegularFile(pomFile)) {
                continue;
            }
            // The broker simulator proves its wire compatibility with the real client in its tests only.
            List<String> shipped = clientDependencies(read(pomFile)).stream()
                    .filter(dependency -> !dependency.endsWith(":test")).toList();
            assertEquals(List.of(), shipped, module + " must not depend on the Alpaca client outside tests");
        }
    }

    @Test
    void onlyTheAdapterPackageImportsTheBrokerClient() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .forEach(path -> {
                        try {
                            boolean imports = Files.readString(path).contains("import " + CLIENT_GROUP);
                            boolean adapter = path.toString().contains(
                                    THIS_MODULE + "/src/main/java/dev/tradeguard/execution/broker/");
                            if (imports && !adapter) {
                                offenders.add(ROOT.relativize(path).toString());
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        assertEquals(List.of(), offenders);
    }
}
