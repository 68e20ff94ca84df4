package fr.reperes.search;

import fr.reperes.core.RegimeCode;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Counts the matching documents, and per regime, in one pass over the matches, from the regime doc values. */
final class RegimeCounter implements CollectorManager<RegimeCounter.Counter, RegimeCounter.Counts> {

    /**
     * @param matches   how many documents match
     * @param perRegime how many of them are about each regime; regimes with none are absent
     */
    record Counts(int matches, Map<RegimeCode, Integer> perRegime) {
    }

    static final class Counter implements Collector {

        private final int[] perRegime = new int[RegimeCode.values().length];
        private int matches;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), Fields.REGIME);
            // Segment ordinals → regime ordinals, resolved once per segment rather than per document.
            int[] regimeOf = new int[(int) values.getValueCount()];
            for (int ord = 0; ord < regimeOf.length; ord++) {
                regimeOf[ord] = RegimeCode.valueOf(values.lookupOrd(ord).utf8ToString()).ordinal();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    if (values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            perRegime[regimeOf[(int) values.nextOrd()]]++;
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Counts reduce(Collection<Counter> collectors) {
        Map<RegimeCode, Integer> counts = new EnumMap<>(RegimeCode.class);
        int matches = 0;
        for (Counter collector : collectors) {
            matches += collector.matches;
            for (RegimeCode regime : RegimeCode.values()) {
                int count = collector.perRegime[regime.ordinal()];
                if (count > 0) {
                    counts.merge(regime, count, Integer::sum);
                }
            }
        }
        return new Counts(matches, counts);
    }
}
