package org.gongkai.catalog.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.platform.demo.DemoYears;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A normative document of the last full year (written for 2025, moved by {@link DemoYears}) drafted together with its video, graphic and audio interpretations: the files are
 * attached (a short WebM video and an Ogg sound shipped in {@code demo/}, a chart drawn now), the interpretations
 * pass their review first and wait, and the document's approval publishes all of them together (同步).
 */
@Component
class InterpretationMediaDemo implements DemoContributor {

    static final String TITLE = "示例县住房和城乡建设局关于加快推进既有住宅加装电梯工作的实施意见";
    private static final String UNIT = CatalogDemo.GOVERNMENT + "013";
    private static final StaffMember AUTHOR = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, UNIT);
    private static final StaffMember REVIEWER =
            new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, CatalogDemo.OFFICE);

    private final CatalogWorkflow workflow;
    private final CatalogColumns columns;
    private final UnitDirectory units;
    private final TransactionTemplate transaction;
    private final DemoYears years;
    private final LocalDate written;
    private final LocalDate published;

    InterpretationMediaDemo(
            CatalogWorkflow workflow,
            CatalogColumns columns,
            UnitDirectory units,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.workflow = workflow;
        this.columns = columns;
        this.units = units;
        this.transaction = new TransactionTemplate(transactions);
        this.years = DemoYears.relativeTo(clock, 2025);
        this.written = years.date(2025, 6, 10);
        this.published = years.date(2025, 6, 20);
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public void seed(DemoLog log) {
        if (units.find(UNIT).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> seedAll());
        log.say("政策解读：已生成与文件同步发布的视频、图片、音频解读各 1 篇。");
    }

    private void seedAll() {
        for (String column : new String[] {"规范性文件", "政策解读"}) {
            if (!columns.isKnown(UNIT, column)) {
                columns.create(REVIEWER, column, ColumnKind.COLUMN, null, null);
            }
        }
        CatalogItem document = workflow.create(
                AUTHOR,
                content(
                        TITLE,
                        years.of("示住建规〔2025〕3号"),
                        DocumentType.NORMATIVE,
                        "规范性文件",
                        "为改善老旧住宅居住条件，现就既有住宅加装电梯工作提出如下实施意见：一、加装电梯须经本单元业主依法表决同意；"
                                + "二、县财政对每台电梯给予不超过20万元的补助；三、住建、规划、市场监管部门实行并联审批，20个工作日内办结。",
                        null));
        CatalogItem video = interpretation("一图一视频读懂《既有住宅加装电梯实施意见》（视频）", InterpretationForm.VIDEO);
        CatalogItem graphic = interpretation("图解：既有住宅加装电梯怎么申请、补助多少", InterpretationForm.GRAPHIC);
        CatalogItem audio = interpretation("听政策：既有住宅加装电梯实施意见（音频）", InterpretationForm.AUDIO);
        workflow.attachMedia(
                AUTHOR,
                video.id(),
                "加装电梯政策解读.webm",
                resource("demo/interpretation-video.webm"),
                "视频：县住建局负责人用6秒介绍加装电梯的申请条件、补助标准和办理时限。");
        workflow.attachMedia(
                AUTHOR, graphic.id(), "加装电梯图解.png", chart(), "图解：申请（业主表决）、审批（20个工作日）、补助（每台不超过20万元）三个步骤的柱状示意图。");
        workflow.attachMedia(
                AUTHOR,
                audio.id(),
                "加装电梯政策解读.ogg",
                resource("demo/interpretation-audio.ogg"),
                "音频：政策要点播报，内容与文字版实施意见一致。");
        for (CatalogItem i : new CatalogItem[] {video, graphic, audio}) {
            workflow.linkInterpretation(AUTHOR, document.id(), i.id());
            workflow.submit(AUTHOR, i.id());
            workflow.approve(REVIEWER, i.id(), "同意，随文件同步发布", published);
        }
        workflow.submit(AUTHOR, document.id());
        workflow.approve(REVIEWER, document.id(), "同意发布", published);
    }

    private CatalogItem interpretation(String title, InterpretationForm form) {
        return workflow.create(
                AUTHOR,
                content(
                        title,
                        null,
                        DocumentType.INTERPRETATION,
                        "政策解读",
                        "本解读介绍《关于加快推进既有住宅加装电梯工作的实施意见》的出台背景、主要内容和办理方式。",
                        form));
    }

    private ItemContent content(
            String title, String number, DocumentType type, String column, String body, InterpretationForm form) {
        return new ItemContent(
                UNIT,
                title,
                number,
                type,
                written,
                1,
                column,
                DisclosureMode.PROACTIVE,
                null,
                body,
                "加装电梯,住房保障",
                null,
                form);
    }

    private static byte[] resource(String path) {
        try (InputStream in = InterpretationMediaDemo.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small bar chart (no text, the alt text says what it shows). */
    private static byte[] chart() {
        BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0xB2, 0x1F, 0x24));
        int[] heights = {120, 180, 220};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(60 + i * 140, 250 - heights[i], 80, heights[i]);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
