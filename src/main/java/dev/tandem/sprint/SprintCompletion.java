package dev.tandem.sprint;

import java.util.List;

/** What completing a sprint did: the items done, those carried over (to {@code carriedTo}) and those returned. */
public record SprintCompletion(SprintView sprint, List<String> done, List<String> carriedOver, Long carriedToId,
                               String carriedTo, List<String> returnedToBacklog) {
}
