package dev.tandem.demo.internal;

import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.Skill;
import dev.tandem.shared.Actor.OrgRole;
import java.math.BigDecimal;
import java.util.List;

/**
 * The demo's twelve people. None has a password: they exist to be planned with, and nobody can sign in as them
 * until an administrator sets one.
 */
final class DemoPeople {

    private DemoPeople() {
    }

    static List<PersonDraft> all() {
        return List.of(
                person("zhangmin", "Zhang Min 张敏", "zh-CN", 40, null,
                        skill("Project management", 5), skill("Payments", 3), skill("Risk management", 4)),
                person("dokafor", "David Okafor", "en", 40, null,
                        skill("Engineering management", 5), skill("Java", 4), skill("Architecture", 4),
                        skill("DevOps", 3)),
                person("liwei", "Li Wei 李伟", "zh-CN", 32, null,
                        skill("Architecture", 5), skill("Java", 5), skill("Kafka", 4), skill("PostgreSQL", 4)),
                person("schen", "Sarah Chen", "en", 40, null,
                        skill("Product", 5), skill("Payments", 4), skill("UX design", 3)),
                person("wangfang", "Wang Fang 王芳", "zh-CN", 40, null,
                        skill("Java", 5), skill("Spring", 5), skill("PostgreSQL", 4), skill("Payments", 4)),
                person("tbecker", "Tom Becker", "en", 40, null,
                        skill("Java", 4), skill("Kafka", 5), skill("Spring", 4), skill("Payments", 4)),
                person("chenjie", "Chen Jie 陈杰", "zh-CN", 40, null,
                        skill("PCI-DSS", 5), skill("Java", 3), skill("DevOps", 3)),
                person("pnair", "Priya Nair", "en", 24, null,
                        skill("QA", 5), skill("Java", 2), skill("PCI-DSS", 2)),
                person("liuyang", "Liu Yang 刘洋", "zh-CN", 40, null,
                        skill("DevOps", 5), skill("PostgreSQL", 3), skill("Kafka", 3)),
                person("enovak", "Emma Novak", "en", 32, null,
                        skill("React", 5), skill("iOS", 4), skill("Android", 3)),
                person("mbrandt", "Michael Brandt", "en", 4, null,
                        skill("Payments", 5), skill("Product", 3)),
                person("huangxin", "Huang Xin 黄欣", "zh-CN", 20, OrgRole.PMO,
                        skill("Project management", 5), skill("Risk management", 4)));
    }

    private static PersonDraft person(String username, String displayName, String locale, int weeklyHours,
                                      OrgRole orgRole, Skill... skills) {
        return new PersonDraft(username, displayName, username + "@example.com", null, locale,
                BigDecimal.valueOf(weeklyHours), orgRole, true, List.of(skills));
    }

    private static Skill skill(String name, int level) {
        return new Skill(name, level);
    }
}
