package de.laufzettel;

import java.io.PrintStream;

/** Lets tests of other packages run Laufzettel's commands as an operator would. */
public final class CommandLineAccess {
    private CommandLineAccess() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run(args, out, err);
    }
}
