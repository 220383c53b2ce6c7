package cn.ipfin.ipasset.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers for Chinese text in the Lucene backend.
 *
 * <ul>
 * <li>{@code chinese_words}: the smartcn HMM word segmenter, for whole-word matches.</li>
 * <li>{@code chinese_bigram_index}: overlapping character bigrams plus single characters, so any part of a
 * longer word matches; {@code chinese_bigram} is its query side and emits bigrams only (a lone character
 * still becomes a unigram), which keeps a query from matching scattered characters.</li>
 * </ul>
 * All of them fold full-width forms to half-width and letters to lower case before tokenizing.
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("chinese_words").custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer("chinese_bigram_index").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");

        context.analyzer("chinese_bigram").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");

        context.normalizer("folded").custom()
                .charFilter(CJKWidthCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
