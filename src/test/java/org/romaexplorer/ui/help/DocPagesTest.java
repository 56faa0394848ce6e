package org.romaexplorer.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help's pages: from the working directory when run in the repository, else beside the installed jar. */
class DocPagesTest {
    @Test
    void theFirstBaseThatHasThePageWins(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo/docs"));
        Path app = Files.createDirectories(dir.resolve("app/docs"));
        Files.writeString(app.resolve("model.md"), "installed");
        Files.writeString(dir.resolve("app/README.md"), "installed");
        Files.writeString(repo.resolve("model.md"), "repository");
        List<Path> bases = List.of(dir.resolve("repo"), dir.resolve("app"));
        assertThat(DocPages.find("docs/model.md", bases)).hasValueSatisfying(p -> assertThat(p).hasContent("repository"));
        assertThat(DocPages.find("README.md", bases)).hasValueSatisfying(p -> assertThat(p).hasContent("installed"));
        assertThat(DocPages.find("docs/nothing.md", bases)).isEmpty();
        assertThat(DocPages.find("docs", bases)).as("a directory is no page").isEmpty();
    }

    @Test
    void inTheRepositoryEveryPageHelpOpensIsFound() {
        for (String page : new String[] {"README.md", AppInfo.MODEL_PAGE}) {
            assertThat(DocPages.find(page)).as(page).isPresent();
        }
    }
}
