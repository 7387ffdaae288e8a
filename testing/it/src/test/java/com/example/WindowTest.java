package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fxinter.test.FxTestExtension;
import dev.fxinter.test.FxTester;
import dev.fxinter.test.OnFxThread;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second class in the same JVM: the toolkit the first one started serves it too. A plain
 * {@code @ExtendWith}, no resource lock: the extension alone keeps its tests apart from the
 * other FX tests.
 */
@ExtendWith(FxTestExtension.class)
class WindowTest extends AloneAmongFxTests {
    @Test
    void aWindowShowsHeadless(FxTester fx) {
        Stage stage = fx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Label("hello"), 200, 100));
            s.show();
            return s;
        });
        assertTrue(fx.call(stage::isShowing)); // the kit hides it after the test
    }

    @Test
    @OnFxThread
    void theBodyCanRunOnTheFxThread() {
        assertTrue(Platform.isFxApplicationThread());
        assertEquals("hello", new Label("hello").getText());
    }
}
