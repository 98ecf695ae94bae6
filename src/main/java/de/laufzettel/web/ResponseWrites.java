package de.laufzettel.web;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * How large the pieces are that Tomcat hands to the operating system when it sends a response.
 * Tomcat cuts every response into pieces the size of its per-connection write buffer, 8 KB by
 * default, and sends each with a system call of its own, however large the page is: "Meine
 * Aufgaben" with 200 tasks (about 340 KB) took 42 calls, a board with a thousand cards more than a
 * hundred. With 32 KB pieces the agenda takes 11, and the whole machine spent about a tenth less
 * time on each agenda page (docs/decisions.md, "Writing responses"). The buffer is kept for every
 * open connection, live updates included, so it stays at 32 KB rather than a whole page.
 */
@Component
class ResponseWrites implements TomcatConnectorCustomizer {
    static final int PIECE_BYTES = 32 * 1024;

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.appWriteBufSize", Integer.toString(PIECE_BYTES));
    }
}
