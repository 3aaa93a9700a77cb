package be.catalog.gateway.pricing.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pricing feature's reference data: semicolon-separated UTF-8 text on the class path, {@code #} comments
 * (where the sources are cited), one header line, then records. Parsed by hand, without reflection, so it works the
 * same in a native image (the files are included with {@code quarkus.native.resources.includes}).
 */
final class DataFile {

    private DataFile() {
    }

    /** A record of the file with its line number, for error messages that point at the bad line. */
    record Line(String resource, int number, String[] cells) {

        String cell(int index) {
            return cells[index].strip();
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(resource + " line " + number + ": " + problem);
        }
    }

    /** Every record of the file, each with exactly {@code columns} cells; fails the start-up on anything else. */
    static List<Line> read(String resource, int columns) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split(";", -1);
                Line line = new Line(resource, number, cells);
                if (cells.length != columns) {
                    throw line.error("expected " + columns + " cells, found " + cells.length);
                }
                if (header) {
                    header = false;
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lines;
    }

    /** A key of an HS prefix table: 2 to 6 digits (the part of the HS shared by the EU's and China's tariffs). */
    static String hsPrefix(Line line) {
        String prefix = line.cell(0);
        if (!prefix.matches("[0-9]{2,6}")) {
            throw line.error("an HS prefix has 2 to 6 digits, was '" + prefix + "'");
        }
        return prefix;
    }
}
