package de.laufzettel.search;

import de.laufzettel.account.SignedInUser;
import de.laufzettel.database.Reads;
import de.laufzettel.web.Layout;
import de.laufzettel.web.Layouts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The search page behind the field in the header: results grouped by project. */
@Controller
class SearchController {
    private final Search search;
    private final Layouts layouts;
    private final Reads reads;

    SearchController(Search search, Layouts layouts, Reads reads) {
        this.search = search;
        this.layouts = layouts;
        this.reads = reads;
    }

    @GetMapping("/search")
    ModelAndView search(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params) {
        String query = params.getOrDefault("q", "").strip();
        SearchFilter filter = SearchFilter.of(params);
        ModelAndView mav = new ModelAndView("search/results");
        mav.addObject("query", query);
        mav.addObject("filter", filter);
        if (query.length() > Search.QUERY_MAX) {
            mav.addObject("layout", layouts.outsideOrganization(user.id()));
            mav.addObject("error", "search.tooLong");
            mav.addObject("groups", Map.of());
            mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return mav;
        }
        mav.addObject("error", null);
        // By project (not by name: two projects may share one), in the order of their best hit.
        // The hits and the page frame in one round trip to the database.
        Reads.Together together = reads.together();
        Supplier<List<SearchHit>> hits = query.isEmpty() ? List::of : together.add(search.readFind(user.id(), query, filter));
        Supplier<Layout> layout = layouts.outsideOrganization(together, user.id());
        together.run();
        mav.addObject("layout", layout.get());
        Map<java.util.UUID, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits.get()) {
            groups.computeIfAbsent(hit.projectId(), k -> new java.util.ArrayList<>()).add(hit);
        }
        mav.addObject("groups", groups);
        return mav;
    }
}
