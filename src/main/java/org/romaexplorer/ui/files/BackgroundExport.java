package org.romaexplorer.ui.files;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Runs an export {@link Task} on a background thread with a small progress window (bar, current file,
 * Cancel). The window closes when the task ends; {@code done} receives the task's last message, or the
 * failure's.
 */
final class BackgroundExport {
    private BackgroundExport() {}

    static Stage start(Window owner, String title, Task<?> task, Consumer<String> done) {
        return start(owner, title, task, done, null, p -> { });
    }

    /**
     * As {@link #start(Window, String, Task, Consumer)}; when the task succeeds a notice in the window's corner says
     * so, with a button that opens {@code folder} through {@code open} (if a folder is given).
     */
    static Stage start(Window owner, String title, Task<?> task, Consumer<String> done, java.nio.file.Path folder,
                       Consumer<java.nio.file.Path> open) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(8, what, bar, cancel);
        box.setPadding(new Insets(12));
        box.setId("export-progress");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.setScene(new Scene(box));
        task.setOnSucceeded(e -> {
            finish(stage, done, task.getMessage());
            Finished.notify(owner, title + ": done", task.getMessage(), folder, open);
        });
        task.setOnCancelled(e -> finish(stage, done, title + ": cancelled"));
        task.setOnFailed(e -> {
            finish(stage, done, title + " failed: " + task.getException().getMessage());
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Problem: " + task.getException().getMessage());
            a.initOwner(owner);
            a.setHeaderText(title + " failed");
            a.show();
        });
        stage.show();
        Thread t = new Thread(task, "roma-export");
        t.setDaemon(true);
        t.start();
        return stage;
    }

    private static void finish(Stage stage, Consumer<String> done, String message) {
        stage.close();
        done.accept(message);
    }
}
