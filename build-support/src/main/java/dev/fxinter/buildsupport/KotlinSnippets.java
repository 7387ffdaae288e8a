package dev.fxinter.buildsupport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

/**
 * Compiles a Kotlin source snippet against the test's own class path and module path with the
 * Kotlin compiler, so that a test can show what Kotlin callers can and cannot write against the
 * API (for example that JSpecify nullness is seen: passing {@code null} where the API says
 * non-null does not compile).
 */
public final class KotlinSnippets {
    private KotlinSnippets() {}

    /** The outcome of one compilation: success, and the compiler's messages. */
    public record Result(boolean compiled, String messages) {}

    /**
     * Compiles {@code source} as one file.
     *
     * @param source Kotlin source text
     * @return whether it compiled, and the compiler's output
     * @throws IOException when the temporary files cannot be written
     */
    public static Result compile(String source) throws IOException {
        Path dir = Files.createTempDirectory("kotlin-snippet");
        Path file = dir.resolve("Snippet.kt");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        String path = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        ExitCode code = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8),
                "-no-stdlib", "-no-reflect", "-jvm-target", "17", "-classpath", path,
                "-d", dir.resolve("out").toString(), file.toString());
        return new Result(code == ExitCode.OK, messages.toString(StandardCharsets.UTF_8));
    }
}
