package dev.nightshift.batch.support;

import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What makes one rebuild job: its inputs and how a key becomes a document.
 *
 * @param job the job's name
 * @param dataset the serving dataset it stages
 * @param check fails, naming the path, when an input the job needs is missing from the lake
 * @param load reads the inputs that every partition shares
 * @param keys the keys to build documents for (user ids, regions), in a fixed order
 * @param document the document of one key, or null when the key has none
 */
public record RebuildSpec<I>(
    String job,
    ServingDataset dataset,
    BiConsumer<Lake, BuildParameters> check,
    BiFunction<Lake, BuildParameters, I> load,
    Function<I, List<Long>> keys,
    BiFunction<I, Long, ServingDocument> document) {}
