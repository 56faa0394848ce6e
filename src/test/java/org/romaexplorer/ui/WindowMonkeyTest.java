package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PaperSize;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Performance;
import org.romaexplorer.ui.files.ExportDialogAccess;
import org.romaexplorer.ui.params.NumberText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey on the whole window: thousands of random actions (values typed good and bad, slider moves and
 * drags, Ctrl+Z in a field, undo and redo, pins, preset loads, tab switches, exports to a temporary folder), and
 * after every one of them the window must show what the model computes from the applied design: every headline
 * number, every slider and field, and the shown chart's current point equal {@code Evaluator.evaluate(vm.design())};
 * nothing may be logged as an exception or escape the FX thread. {@code -Droma.monkey.seed=N} replays another run.
 */
public class WindowMonkeyTest extends WindowFixture {
    static final long SEED = Long.getLong("roma.monkey.seed", 18);
    static final int ACTIONS = Integer.getInteger("roma.monkey.actions", 2000);
    /** Actions per FX-thread batch: pulses (layout, CSS, drawing) run between batches; fewer batches, fewer waits. */
    static final int BATCH = 500;
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    /** Each slider of the panel and the knob it stands for. */
    private static final Map<String, Param> SLIDERS = new LinkedHashMap<>();

    static {
        SLIDERS.put("sram", Knobs.SRAM_MB);
        SLIDERS.put("rank", Knobs.LORA_RANK);
        SLIDERS.put("baseBits", Knobs.BASE_BITS);
        SLIDERS.put("kvBits", Knobs.KV_BITS);
        SLIDERS.put("loraBits", Knobs.LORA_BITS);
        SLIDERS.put("input", Knobs.INPUT_LEN);
        SLIDERS.put("kv", Knobs.KV_LEN);
        SLIDERS.put("output", Knobs.OUTPUT_LEN);
        SLIDERS.put("clock", Knobs.CLOCK_MHZ);
        SLIDERS.put("dram", Knobs.DRAM_MB_PER_S);
    }

    private static final String[] BAD = {"abc", "", "-5", "1e9", "12.5", "5", "NaN", "∞", "0x10", "1..2", "--1", "1e-400"};

    @TempDir Path dir;
    private final Random rnd = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> done = new LinkedHashMap<>();
    private final Map<String, Long> spent = new LinkedHashMap<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue() && (r.getThrown() != null
                    || String.valueOf(r.getMessage()).contains("Exception"))) {
                logged.add(r.getLoggerName() + ": " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }
        }

        @Override public void flush() { }

        @Override public void close() { }
    };
    private List<TextField> sheetFields;
    private int exports;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void watch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.constants().filled());
        Logger.getLogger("").addHandler(handler);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> logged.add("uncaught: " + e)));
        sheetFields = robot.lookup("#constants-sheet .text-field").queryAllAs(TextField.class).stream().toList();
        window.files().setAsker((name, quitting) -> org.romaexplorer.ui.files.DiscardDialog.Choice.DISCARD);
    }

    @AfterEach
    void unwatch() {
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void thousandsOfRandomActionsLeaveTheWindowShowingWhatTheModelComputes(FxRobot robot) {
        long start = System.nanoTime();
        for (int b = 0; b < ACTIONS / BATCH && failures.isEmpty() && logged.isEmpty(); b++) {
            int batch = b;
            robot.interact(() -> {
                for (int i = 0; i < BATCH && failures.isEmpty(); i++) {
                    int n = batch * BATCH + i;
                    long t0 = System.nanoTime();
                    String what = act(robot);
                    long t1 = System.nanoTime();
                    done.merge(what.replaceFirst(" .*", ""), 1, Integer::sum);
                    check(n, what);
                    long t2 = System.nanoTime();
                    spent.merge(what.replaceFirst(" .*", ""), (t1 - t0) / 1_000_000L, Long::sum);
                    spent.merge("check", (t2 - t1) / 1_000_000L, Long::sum);
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> check(ACTIONS, "end"));
        System.err.printf("WindowMonkeyTest seed %d: %d actions in %.1f s, %d exports: %s%n", SEED, ACTIONS,
                (System.nanoTime() - start) / 1e9, exports, done);
        System.err.println("ms by kind: " + spent);
        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(logged).as("seed %d: logged", SEED).isEmpty();
        assertThat(done.keySet()).contains("slider", "typed", "bad", "undo", "redo", "pin", "preset", "tab", "export");
    }

    // ---- actions -------------------------------------------------------------------------------------------

    private String act(FxRobot robot) {
        int r = rnd.nextInt(100);
        if (r < 20) {
            return slider(robot);
        } else if (r < 32) {
            return typed(robot, good());
        } else if (r < 42) {
            return bad(robot);
        } else if (r < 47) {
            return sheet(robot);
        } else if (r < 54) {
            window.undo().undo();
            return "undo";
        } else if (r < 58) {
            window.undo().redo();
            return "redo";
        } else if (r < 62) {
            return ctrlZInAField(robot);
        } else if (r < 68) {
            return pins();
        } else if (r < 71) {
            window.files().bundled(PresetIo.BUNDLED.get(rnd.nextInt(PresetIo.BUNDLED.size())));
            return "preset";
        } else if (r < 73) {
            vm.resetToPreset();
            return "reset";
        } else if (r < 87) {
            return tab();
        } else if (r < 91) {
            return choice(robot);
        } else if (r < 93) {
            Hyperlink spill = robot.lookup("#use-spill").queryAs(Hyperlink.class);
            if (spill.isVisible()) {
                spill.fire();
            }
            return "spill";
        } else if (r < 94) {
            return export();
        }
        return slider(robot);
    }

    private Slider sliderOf(FxRobot robot, String key) {
        return robot.lookup("#" + key + "-slider").queryAs(Slider.class);
    }

    private String pick(Map<String, Param> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        return keys.get(rnd.nextInt(keys.size()));
    }

    private String slider(FxRobot robot) {
        String key = pick(SLIDERS);
        Slider s = sliderOf(robot, key);
        if (rnd.nextInt(4) == 0) { // a drag: several values, one undo step
            s.setValueChanging(true);
            for (int k = 0; k < 5; k++) {
                s.setValue(s.getMin() + rnd.nextDouble() * (s.getMax() - s.getMin()));
            }
            s.setValueChanging(false);
            return "slider " + key + " drag";
        }
        s.setValue(s.getMin() + rnd.nextDouble() * (s.getMax() - s.getMin()));
        return "slider " + key + " " + s.getValue();
    }

    /** A value its knob accepts, most of the time within the slider's range. */
    private String[] good() {
        String key = pick(SLIDERS);
        Param k = SLIDERS.get(key);
        double[] allowed = k.allowed();
        double v = allowed.length > 0 ? allowed[rnd.nextInt(allowed.length)]
                : k == Knobs.CLOCK_MHZ && rnd.nextInt(10) == 0 ? 2000 + rnd.nextInt(8001) // past the plausible clock
                : k.sliderMin() + rnd.nextInt((int) (k.sliderMax() - k.sliderMin()) + 1);
        String text = rnd.nextInt(5) == 0 ? String.format("%,.0f", v) : NumberText.format(v);
        return new String[] {key, text};
    }

    private String typed(FxRobot robot, String[] keyText) {
        TextField f = robot.lookup("#" + keyText[0] + "-field").queryAs(TextField.class);
        f.setText(keyText[1]);
        Event.fireEvent(f, new ActionEvent());
        return "typed " + keyText[0] + "=" + keyText[1];
    }

    private String bad(FxRobot robot) {
        String key = pick(SLIDERS);
        String text = BAD[rnd.nextInt(BAD.length)];
        TextField f = robot.lookup("#" + key + "-field").queryAs(TextField.class);
        f.setText(text);
        Event.fireEvent(f, new ActionEvent());
        if (rnd.nextBoolean()) {
            Event.fireEvent(f, key(KeyCode.ESCAPE, false, false));
        }
        return "bad " + key + "=" + text;
    }

    private String sheet(FxRobot robot) {
        TextField f = sheetFields.get(rnd.nextInt(sheetFields.size()));
        double now;
        try {
            now = Double.parseDouble(f.getText());
        } catch (NumberFormatException e) {
            now = 1;
        }
        String text = rnd.nextInt(4) == 0 ? BAD[rnd.nextInt(BAD.length)] : NumberText.format(now * (0.5 + rnd.nextDouble()));
        f.setText(text);
        Event.fireEvent(f, new ActionEvent());
        if (rnd.nextBoolean()) {
            Event.fireEvent(f, key(KeyCode.ESCAPE, false, false));
        }
        return "sheet " + f.getId() + "=" + text;
    }

    /** Ctrl+Z (or Ctrl+Shift+Z, Ctrl+Y) pressed in a field: the window's undo when the field has no typing. */
    private String ctrlZInAField(FxRobot robot) {
        TextField f = robot.lookup("#" + pick(SLIDERS) + "-field").queryAs(TextField.class);
        int which = rnd.nextInt(3);
        Event.fireEvent(f, which == 2 ? key(KeyCode.Y, true, false) : key(KeyCode.Z, true, which == 1));
        return "ctrlZ " + f.getId() + " " + which;
    }

    private static KeyEvent key(KeyCode code, boolean control, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    private String pins() {
        var board = window.compare().board();
        int r = rnd.nextInt(4);
        if (r < 2 || board.pins().size() == 0) {
            board.pinCurrent();
        } else if (r == 2) {
            board.remove(rnd.nextInt(board.pins().size()));
        } else {
            board.makeBaseline(rnd.nextInt(board.pins().size()));
        }
        return "pin " + board.pins().size();
    }

    private String tab() {
        List<Tab> tabs = window.tabs().getTabs();
        Tab t = tabs.get(rnd.nextInt(tabs.size()));
        if ("lunit-lab-tab".equals(t.getId())) {
            t = tabs.get(0); // the lab computes for seconds in the background: shown by its own tests
        }
        window.tabs().getSelectionModel().select(t);
        return "tab " + t.getId();
    }

    private String choice(FxRobot robot) {
        String id = rnd.nextBoolean() ? "#kvOverflow-choice" : "#packing-choice";
        @SuppressWarnings("unchecked")
        ChoiceBox<String> box = robot.lookup(id).queryAs(ChoiceBox.class);
        box.setValue(box.getItems().get(rnd.nextInt(box.getItems().size())));
        return "choice " + id + "=" + box.getValue();
    }

    private String export() {
        if (window.tabs().selectedChart().isEmpty()) {
            return "export none";
        }
        ChartExport.Format f = ChartExport.Format.values()[rnd.nextInt(ChartExport.Format.values().length)];
        boolean paper = rnd.nextBoolean() && window.tabs().selectedFigure().isPresent() && f != ChartExport.Format.PNG;
        Path out = dir.resolve("export-" + exports++ + "." + f.extension());
        window.files().exportTo(f, paper ? new ExportDialogAccess().paper(PaperSize.SINGLE)
                : ExportDialogAccess.screen(480, 320), out);
        try {
            if (!Files.isRegularFile(out) || Files.size(out) == 0) {
                failures.add("export to " + out + " wrote nothing (" + vm.statusProperty().get() + ")");
            }
        } catch (java.io.IOException e) {
            failures.add("export: " + e);
        }
        return "export " + f + (paper ? " paper" : "");
    }

    // ---- the invariant -------------------------------------------------------------------------------------

    private void check(int n, String what) {
        DesignPoint d = vm.design();
        Metrics m = Evaluator.evaluate(d);
        String at = "after action " + n + " (" + what + ")";
        expect(at, "metrics", vm.metrics(), m);
        Map<String, String> headline = Map.of("maxTokens", MetricsText.maxTokens(m), "ttft", MetricsText.ttftMs(m),
                "decode", MetricsText.decode(m), "generation", MetricsText.generation(m), "area", MetricsText.area(m),
                "power", MetricsText.power(m), "tokensPerJ", MetricsText.tokensPerJoule(m));
        headline.forEach((id, text) -> expect(at, "#" + id, ((Label) node(id)).getText(), text));
        List<String> w = org.romaexplorer.publish.DesignWarnings.brief(d, m);
        expect(at, "#warnings", ((Label) node("warnings")).getText(),
                w.isEmpty() ? "✓ Model fits in ROM; context fits in SRAM" : "⚠ " + String.join("   ⚠ ", w));
        SLIDERS.forEach((key, k) -> {
            double v = k.get(d);
            Slider s = (Slider) node(key + "-slider");
            expect(at, key + " slider", s.getValue(), Math.max(s.getMin(), Math.min(s.getMax(), v)));
            TextField f = (TextField) node(key + "-field");
            if (!f.getPseudoClassStates().contains(DANGER)) { // a rejected value stays for correction, marked
                expect(at, key + " field", f.getText(), NumberText.format(v));
            }
        });
        for (TextField f : sheetFields) {
            if (!f.getPseudoClassStates().contains(DANGER)) {
                expect(at, f.getId(), f.getText(), sheetText(f.getId(), d));
            }
        }
        @SuppressWarnings("unchecked")
        ChoiceBox<String> policy = (ChoiceBox<String>) node("kvOverflow-choice");
        expect(at, "kv_overflow", policy.getValue(), Knobs.KV_OVERFLOW.choices().get((int) Knobs.KV_OVERFLOW.get(d)));
        window.tabs().selectedFigure().ifPresent(f -> currentPoint(at, f, d, m));
    }

    /** The model's value of a sheet field's parameter: a number in the display unit, a choice or flag by its name. */
    private String sheetText(String id, DesignPoint d) {
        Param p = org.romaexplorer.model.Params.of(id.replaceFirst("-field$", "").replace('-', '_'));
        return p.choices().isEmpty() ? NumberText.format(p.get(d)) : p.text(p.get(d));
    }

    /** The shown figure's current-design point is the model's value for the design. */
    private void currentPoint(String at, PaperFigure f, DesignPoint d, Metrics m) {
        Performance perf = new Performance(d);
        double[][] expected = switch (f.id()) {
            case "fig6" -> new double[][] {{d.workload().inputLen(), m.ttftSeconds() * 1e3}};
            case "fig7" -> new double[][] {{d.workload().kvLen(), m.decodeTokensPerS()}};
            case "fig9" -> new double[][] {{d.workload().inputLen(), m.generationTokensPerS()}};
            case "fig10" -> new double[][] {{Knobs.SRAM_MB.get(d), m.maxTokens()}};
            case "fig8" -> new double[][] {{d.lora().rank(), perf.ttftSeconds(1024) * 1e3},
                {d.lora().rank(), perf.decodeTokensPerS(d.workload().kvLen())}};
            default -> null;
        };
        if (expected == null) {
            return;
        }
        List<XYPlot> plots = f.chart().getPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots()
                : List.of(f.chart().getXYPlot());
        for (int i = 0; i < plots.size(); i++) {
            XYSeriesCollection points = (XYSeriesCollection) plots.get(i).getDataset(1);
            XYSeries current = points.getSeries(points.getSeriesCount() - 1);
            boolean drawable = Double.isFinite(expected[i][1]) && (expected[i][1] > 0 || expected[i][1] == 0 && !f.id().equals("fig9"));
            if (!drawable) {
                expect(at, f.id() + " current point (none)", current.getItemCount(), 0);
                continue;
            }
            if (current.getItemCount() != 1) {
                failures.add(at + ": " + f.id() + " shows " + current.getItemCount() + " current points");
                continue;
            }
            expect(at, f.id() + " current x", current.getX(0).doubleValue(), expected[i][0]);
            expect(at, f.id() + " current y", current.getY(0).doubleValue(), expected[i][1]);
        }
    }

    /** The window's node with this id, looked up once (the panel and headline are built once). */
    private Node node(String id) {
        return nodes.computeIfAbsent(id, k -> window.tabs().getScene().getRoot().lookup("#" + k));
    }

    private final Map<String, Node> nodes = new java.util.HashMap<>();

    private void expect(String at, String what, Object shown, Object model) {
        boolean same = shown instanceof Double a && model instanceof Double b
                ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : java.util.Objects.equals(shown, model);
        if (!same && failures.size() < 20) {
            failures.add(at + ": " + what + " shows " + shown + ", the model " + model);
        }
    }
}
