package dev.tandem.search.internal;

import dev.tandem.shared.SearchFields;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the index: English text is tokenised, lower-cased and stemmed ("estimates" finds "estimate");
 * Chinese text is segmented into words by Lucene's smartcn (a hidden Markov model over a bundled dictionary), which
 * also keeps Latin words; references are matched whole, ignoring case.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(SearchFields.CHINESE).instance(new SmartChineseAnalyzer());
        context.normalizer(SearchFields.LOWERCASE).custom()
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
