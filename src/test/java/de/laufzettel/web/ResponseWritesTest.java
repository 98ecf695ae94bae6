package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The running server sends responses in the larger pieces, not in Tomcat's default 8 KB. */
class ResponseWritesTest extends AppTest {
    @Autowired
    WebServerApplicationContext context;

    @Test
    void theRunningServerWritesInLargePieces() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(ResponseWrites.PIECE_BYTES));
    }
}
