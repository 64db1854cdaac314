package dev.tandem.delayrisk.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The cold-start score, used while the organisation has too little finished work to learn from: fixed weights per
 * raw feature unit ({@link Feature#ruleWeight()}) over {@link Feature#RULE_INTERCEPT}, through the logistic function.
 * The weights are a judgement, written down in docs/contexts/delayrisk.md, not learned.
 */
public final class RuleScore {

    private RuleScore() {
    }

    public static Prediction predict(double[] values) {
        double logit = Feature.RULE_INTERCEPT;
        List<Factor> factors = new ArrayList<>();
        for (Feature f : Feature.values()) {
            double c = f.ruleWeight() * values[f.ordinal()];
            logit += c;
            factors.add(new Factor(f, values[f.ordinal()], c));
        }
        return new Prediction(1 / (1 + Math.exp(-logit)), factors);
    }
}
