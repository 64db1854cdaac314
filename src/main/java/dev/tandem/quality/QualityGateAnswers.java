package dev.tandem.quality;

import dev.tandem.register.QualityGateSource;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.workitem.ItemQualityGates;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers the scorecards' and the item page's questions about quality gates from the stored reports. */
@Component
class QualityGateAnswers implements QualityGateSource, ItemQualityGates {

    private final QualityManagement quality;

    QualityGateAnswers(QualityManagement quality) {
        this.quality = quality;
    }

    @Override
    public List<QualityGateSource.GateVerdict> latestGates(Actor reader, String projectKey) {
        return quality.latest(reader, projectKey).stream().map(r -> new QualityGateSource.GateVerdict(r.kind(),
                r.gatePassed(), r.commit(), r.createdAt(), href(projectKey, r.id()))).toList();
    }

    @Override
    public List<ItemQualityGates.GateVerdict> gatesOf(Actor reader, String itemKey) {
        try {
            String projectKey = itemKey.substring(0, Math.max(0, itemKey.lastIndexOf('-')));
            return quality.naming(reader, itemKey).stream().map(r -> new ItemQualityGates.GateVerdict(r.kind(),
                    r.tool(), r.gatePassed(), r.commit(), r.createdAt(), href(projectKey, r.id()))).toList();
        } catch (NotFoundException | ForbiddenException e) {
            return List.of();
        }
    }

    private static String href(String projectKey, long id) {
        return "/projects/" + projectKey + "/quality/reports/" + id;
    }
}
