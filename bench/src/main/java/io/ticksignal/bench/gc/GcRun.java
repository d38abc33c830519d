package io.ticksignal.bench.gc;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.ticksignal.bench.suite.MachineDescription;

/**
 * The allocation and GC run: starts {@link GcRunChild} in a child JVM with a small fixed heap ({@code -Xms} =
 * {@code -Xmx}) and unified GC logging to a file, waits for it, reads its figures and its GC log, and writes
 * {@code OUT/DATE-HOST-gc.md}, {@code .json} and the GC log itself as {@code -log.txt}. The run directory (journal,
 * Aeron, counters) is a new temp directory, deleted afterwards.
 */
public final class GcRun
{
    /** What the engine's libraries need in every JVM (the executable jar's manifest carries the same). */
    static final List<String> MODULE_FLAGS = List.of(
        "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-exports", "java.base/jdk.internal.util=ALL-UNNAMED",
        "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens", "java.base/java.io=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "-Dchronicle.announcer.disable=true",
        "-Dchronicle.analytics.disable=true");
    private static final long CHILD_TIMEOUT_MINUTES = 30;
    private static final int ERROR_TAIL_LINES = 30;

    private final GcRunSettings settings;

    /**
     * @param settings what to run.
     */
    public GcRun(final GcRunSettings settings)
    {
        this.settings = settings;
    }

    /**
     * Runs the child JVM and writes the result files.
     *
     * @return the Markdown result file (the JSON and the GC log are beside it).
     * @throws IOException if the temp directory or the result files cannot be written.
     * @throws IllegalStateException when the child JVM fails or times out (with the end of its output).
     */
    public Path run() throws IOException
    {
        final long startNs = System.nanoTime();
        final Instant started = Instant.now();
        final String loadAtStart = MachineDescription.loadAverage();
        final Path runDirectory = Files.createTempDirectory("ticksignal-gc-").toAbsolutePath();
        try
        {
            final Path gcLog = runDirectory.resolve("gc.log");
            final Path figuresFile = runDirectory.resolve("figures.txt");
            final Path output = runDirectory.resolve("child-output.txt");
            final List<String> jvmArguments = jvmArguments(settings.heap(), gcLog);
            final List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArguments);
            command.add("-cp");
            command.add(classPath(System.getProperty("java.class.path"), runDirectory.resolve("classpath.jar")));
            command.add(GcRunChild.class.getName());
            command.add(runDirectory.resolve("engine").toString());
            command.add(settings.bundle().toAbsolutePath().toString());
            command.add(Long.toString(settings.events()));
            command.add(Long.toString(settings.warmUpEvents()));
            command.add(settings.journalMode().configName());
            command.add(figuresFile.toString());
            runChild(command, output);
            final GcRunFigures figures = GcRunFigures.parse(Files.readAllLines(figuresFile));
            final List<String> logLines = Files.readAllLines(gcLog);
            final GcReport report = new GcReport(settings, LocalDate.now(ZoneOffset.UTC).toString(),
                started.toString(), MachineDescription.hostName(), MachineDescription.cpuModel(),
                MachineDescription.cores(), MachineDescription.jvm(),
                loadAtStart + " at the start, " + MachineDescription.loadAverage() + " at the end",
                displayed(jvmArguments),
                figures, GcLog.cycles(logLines), (System.nanoTime() - startNs) / 1e9);
            return new GcReportWriter(report).write(settings.outDirectory(), gcLog);
        }
        finally
        {
            deleteRecursively(runDirectory);
        }
    }

    /**
     * @param heap  the heap size.
     * @param gcLog where the GC log goes.
     * @return the child JVM's options.
     */
    static List<String> jvmArguments(final String heap, final Path gcLog)
    {
        final List<String> arguments = new ArrayList<>();
        arguments.add("-Xms" + heap);
        arguments.add("-Xmx" + heap);
        arguments.add("-Xlog:gc*:file=" + gcLog + ":uptime,level,tags:filecount=0");
        arguments.addAll(MODULE_FLAGS);
        return arguments;
    }

    /**
     * The child's class path: this JVM's when it is one entry (the executable jar), else a manifest-only jar whose
     * {@code Class-Path} lists the entries. ONNX Runtime 1.29's native library crashes the JVM (SIGSEGV, no error
     * file) while it loads when {@code java.class.path} is longer than about 4 KB, as a build's test class path is.
     *
     * @param classPath this JVM's class path.
     * @param jar       where the manifest-only jar goes when one is needed.
     * @return what to pass as {@code -cp}.
     * @throws IOException if the jar cannot be written.
     */
    static String classPath(final String classPath, final Path jar) throws IOException
    {
        final String[] entries = classPath.split(File.pathSeparator);
        if (entries.length == 1)
        {
            return classPath;
        }
        final StringJoiner urls = new StringJoiner(" ");
        for (final String entry : entries)
        {
            if (!entry.isEmpty())
            {
                urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        final Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, urls.toString());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest))
        {
            out.flush();
        }
        return jar.toString();
    }

    private static List<String> displayed(final List<String> jvmArguments)
    {
        final List<String> shown = new ArrayList<>(jvmArguments.size());
        for (final String argument : jvmArguments)
        {
            shown.add(argument.startsWith("-Xlog:") ? "-Xlog:gc*:file=gc.log:uptime,level,tags:filecount=0" : argument);
        }
        return shown;
    }

    private static void runChild(final List<String> command, final Path output) throws IOException
    {
        final Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        final boolean finished;
        try
        {
            finished = process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        }
        catch (final InterruptedException ex)
        {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GC run's child JVM", ex);
        }
        if (!finished)
        {
            process.destroyForcibly();
            throw new IllegalStateException("the GC run's child JVM did not finish within " + CHILD_TIMEOUT_MINUTES +
                " minutes; its output ends with:\n" + tail(output));
        }
        if (0 != process.exitValue())
        {
            throw new IllegalStateException("the GC run's child JVM exited with " + process.exitValue() +
                " (" + String.join(" ", command) + "); its output ends with:\n" + tail(output));
        }
    }

    private static String tail(final Path output) throws IOException
    {
        final List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - ERROR_TAIL_LINES), lines.size()));
    }

    private static void deleteRecursively(final Path directory) throws IOException
    {
        if (!Files.exists(directory))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(path);
            }
        }
        catch (final UncheckedIOException ex)
        {
            throw ex.getCause();
        }
    }
}
