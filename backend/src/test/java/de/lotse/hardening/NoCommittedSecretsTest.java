package de.lotse.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Secrets come from configuration, never from the repository: no tracked file holds a private key
 * or a password, secret or token with a real-looking value. The demo realm's secrets say
 * "demo-only"; short local defaults (the demo database password) are not real-looking.
 */
class NoCommittedSecretsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern USER_INFO = Pattern.compile("://[^/@:\\s]+:[^/@\\s]+@");
    private static final Pattern KEY_FILE = Pattern.compile(".*\\.(pem|key|p12|pfx|jks|keystore)$");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "[\\w.-]*(password|passwd|secret|token|api[_-]?key)[\\w.-]*[\"']?\\s*[:=]\\s*[\"']([^\"'\\s]{12,})[\"']"
                    + "|^\\s*[\\w.-]*(password|passwd|secret|api[_-]?key)[\\w.-]*\\s*[:=]\\s*([^\"'\\s$][^\\s]{11,})\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    @Test
    void noTrackedFileHoldsARealLookingSecret() throws Exception {
        List<String> files = trackedFiles();
        assumeTrue(!files.isEmpty(), "not a git checkout");
        List<String> findings = new ArrayList<>();
        for (String file : files) {
            if (KEY_FILE.matcher(file).matches()) {
                findings.add(file + ": key file");
                continue;
            }
            String text = read(ROOT.resolve(file));
            if (text == null) {
                continue;
            }
            if (PRIVATE_KEY.matcher(text).find()) {
                findings.add(file + ": private key");
            }
            Matcher m = ASSIGNMENT.matcher(text);
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(4);
                if (realLooking(value)) {
                    findings.add(file + ": " + m.group().strip());
                }
            }
        }
        assertEquals(List.of(), findings, "Secrets belong in configuration (environment variables), not in the repository");
    }

    private static boolean realLooking(String value) {
        if (value.contains("://")) {
            return USER_INFO.matcher(value).find();
        }
        return !value.startsWith("demo-only") && !value.contains("${") && !value.contains("(")
                && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter);
    }

    private static List<String> trackedFiles() throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files").directory(ROOT.toFile()).redirectErrorStream(true).start();
            List<String> files = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return git.waitFor() == 0 ? files : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > 2_000_000) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return null;
        }
    }
}
