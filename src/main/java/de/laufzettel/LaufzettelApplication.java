package de.laufzettel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Laufzettel: work management for public administration. */
@SpringBootApplication
public class LaufzettelApplication {
    public static void main(String[] args) {
        // Operators ask for JSON logs with one variable; Spring Boot knows the format as ECS.
        if ("json".equalsIgnoreCase(System.getenv("LAUFZETTEL_LOG_FORMAT"))) {
            System.setProperty("logging.structured.format.console", "ecs");
        }
        if (args.length > 0 && CommandLine.COMMANDS.contains(args[0])) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(LaufzettelApplication.class, args);
    }
}
