package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The "Import / export" page: upload, the dry run with the mapping step, the import, in English and Chinese. */
@TandemIntegrationTest
class InterchangePagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPmUploadsAJiraExportChangesTheMappingChecksAgainAndImports() throws IOException {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());

        var page = browser.get("/projects/" + project + "/interchange", "Accept-Language", "en");
        var uploaded = browser.postFile("/projects/" + project + "/imports/upload", Map.of("format", "jira"), "file",
                "jira-export.csv", fixture());
        String uploadPath = matching(uploaded.body(), "action=\"(/projects/" + project + "/imports/uploads/[0-9a-f-]+)\"");
        long itemsBefore = items(project);
        var checked = browser.post(uploadPath, Map.of("action", "check", "status:In QA", "In review"));
        var started = browser.post(uploadPath, Map.of("action", "import", "status:In QA", "In review"));
        // the import runs as a job; its page shows the progress, then the report
        var imported = browser.get(started.location().replace(browser.base(), ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Import / export", "id=\"upload-form\"", "Item list as Excel (.xlsx)");
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body()).contains("Dry run: nothing has been written yet", "5 items to create",
                "id=\"status-mapping\"", "name=\"status:In QA\"", "Someone Else");
        assertThat(itemsBefore).isZero();
        assertThat(checked.body()).contains("<option value=\"In review\" selected=\"selected\">In review</option>");
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/projects/" + project + "/imports/jobs/");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains("The file was imported.", project + "-1");
        assertThat(items(project)).isEqualTo(5);

        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/projects/" + project + "/interchange");
        assertThat(browser.get("/projects/" + project + "/interchange").body()).contains("导入 / 导出", "上传并检查");
    }

    @Test
    void anEngineerSeesTheExportsButNoUploadAndCannotPostOne() throws IOException {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        var page = browser.get("/projects/" + project + "/interchange");
        var upload = browser.postFile("/projects/" + project + "/imports/upload", Map.of("format", "jira"), "file",
                "jira-export.csv", fixture());

        assertThat(page.body()).contains("id=\"export-csv\"").doesNotContain("id=\"upload-form\"");
        assertThat(upload.status()).isEqualTo(403);
        assertThat(items(project)).isZero();
    }

    @Test
    void aFileThatIsNotWhatTheFormatSaysIsRefusedOnThePage() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());

        var refused = browser.postFile("/projects/" + project + "/imports/upload", Map.of("format", "ms-project"), "file",
                "plan.mpp", "<!DOCTYPE html><html><body>Not a plan</body></html>");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("HTML page");
        assertThat(api.jdbc().queryForObject("select count(*) from interchange_upload where project_id = "
                + "(select id from project where project_key = ?)", Long.class, project)).isZero();
    }

    long items(String project) {
        return api.jdbc().queryForObject("select count(*) from work_item where project_id = "
                + "(select id from project where project_key = ?)", Long.class, project);
    }

    static String matching(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }

    String fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/interchange/jira-export.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
