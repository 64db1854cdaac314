package dev.tandem.system;

import static dev.tandem.shared.SearchFields.AT;
import static dev.tandem.shared.SearchFields.BODY;
import static dev.tandem.shared.SearchFields.BODY_ZH;
import static dev.tandem.shared.SearchFields.CHINESE;
import static dev.tandem.shared.SearchFields.ENGLISH;
import static dev.tandem.shared.SearchFields.LOWERCASE;
import static dev.tandem.shared.SearchFields.PROJECT_ID;
import static dev.tandem.shared.SearchFields.REF;
import static dev.tandem.shared.SearchFields.TITLE;
import static dev.tandem.shared.SearchFields.TITLE_ZH;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Maps a property of an indexed entity onto one part of the shared search fields ({@link dev.tandem.shared.SearchFields}),
 * the same way in every module, so one query spans them all: a title or body is indexed twice, as English and as
 * Chinese; the body keeps what the snippets need; the reference is matched whole, ignoring case.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = SearchField.Processor.class,
        retrieval = BeanRetrieval.CONSTRUCTOR))
public @interface SearchField {

    Part value();

    enum Part { TITLE, BODY, REF, PROJECT, AT }

    /** Turns the annotation into the index fields; run by Hibernate Search when it reads the mapping. */
    class Processor implements PropertyMappingAnnotationProcessor<SearchField> {

        @Override
        public void process(PropertyMappingStep mapping, SearchField annotation,
                            PropertyMappingAnnotationProcessorContext context) {
            switch (annotation.value()) {
                case TITLE -> {
                    mapping.fullTextField(TITLE).analyzer(ENGLISH).projectable(Projectable.YES);
                    mapping.fullTextField(TITLE_ZH).analyzer(CHINESE);
                }
                case BODY -> {
                    mapping.fullTextField(BODY).analyzer(ENGLISH).projectable(Projectable.YES)
                            .highlightable(List.of(Highlightable.UNIFIED));
                    mapping.fullTextField(BODY_ZH).analyzer(CHINESE).projectable(Projectable.YES)
                            .highlightable(List.of(Highlightable.UNIFIED));
                }
                case REF -> mapping.keywordField(REF).normalizer(LOWERCASE).projectable(Projectable.YES);
                case PROJECT -> mapping.genericField(PROJECT_ID).projectable(Projectable.YES);
                case AT -> mapping.genericField(AT).projectable(Projectable.YES).sortable(Sortable.YES);
            }
        }
    }
}
