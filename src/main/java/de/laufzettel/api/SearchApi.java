package de.laufzettel.api;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.search.Search;
import de.laufzettel.search.SearchFilter;
import de.laufzettel.search.SearchHit;
import de.laufzettel.search.Snippet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search of the header, over the projects the caller can see in the token's organisation:
 * titles, notes, comments, checklist items and tags, German stemming, typing errors in titles.
 */
@RestController
@Tag(name = "Search")
class SearchApi implements ApiController {
    /** The hits one answer holds, best first. */
    static final int HITS = 50;

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    /** Where the query's words are in {@code snippet}: start inclusive, end exclusive. */
    record Match(int start, int end) {
    }

    record HitJson(UUID projectId, String projectName, long number, String title, boolean completed, String snippet,
            List<Match> matches) {
        static HitJson of(SearchHit hit) {
            StringBuilder text = new StringBuilder();
            List<Match> matches = new ArrayList<>();
            for (Snippet.Part part : Snippet.parts(hit.snippet() == null ? "" : hit.snippet())) {
                if (part.marked()) {
                    matches.add(new Match(text.length(), text.length() + part.text().length()));
                }
                text.append(part.text());
            }
            return new HitJson(hit.projectId(), hit.projectName(), hit.number(), hit.title(), hit.completed(),
                    text.toString(), matches);
        }
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search tasks (at most 50 hits, best first); filters: project, status (open, done), "
            + "assignee=me, tag, due (overdue, today, week, none)")
    Listing<HitJson> search(ApiTokens.Caller caller, @RequestParam String q,
            @RequestParam(required = false) UUID project, @RequestParam(required = false) String status,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String due) {
        CurrentMember me = caller.reading();
        if (q.isBlank() || q.length() > Search.QUERY_MAX) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.query", Search.QUERY_MAX);
        }
        check("status", status, SearchFilter.STATUSES);
        check("assignee", assignee, Set.of("me"));
        check("due", due, de.laufzettel.task.DueRange.FILTERS);
        if (tag != null && tag.strip().length() > de.laufzettel.task.Tag.NAME_MAX) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.badParameter", "tag");
        }
        SearchFilter filter = new SearchFilter(project, status == null ? "" : status, assignee != null,
                tag == null ? "" : tag.strip(), due == null ? "" : due, me.organizationId());
        return new Listing<>(search.find(me.userId(), q.strip(), filter, 0, HITS).stream().map(HitJson::of).toList());
    }

    /** The web search ignores a filter value it does not know; a program is told. */
    private static void check(String name, String value, java.util.Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.badParameter", name);
        }
    }
}
