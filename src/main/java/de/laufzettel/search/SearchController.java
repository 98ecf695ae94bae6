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
            mav.addObject("page", 1);
            mav.addObject("more", false);
            mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return mav;
        }
        mav.addObject("error", null);
        // Pages of twenty: one more hit is read to know whether another page follows. A page
        // number that is no number, or beyond the deepest page, shows the nearest page there is.
        int page = Math.clamp(number(params.get("page")), 1, Search.LAST_PAGE);
        mav.addObject("page", page);
        // By project (not by name: two projects may share one), in the order of their best hit.
        // The hits and the page frame in one round trip to the database.
        Reads.Together together = reads.together();
        Supplier<List<SearchHit>> hits = query.isEmpty() ? List::of
                : together.add(search.readFind(user.id(), query, filter, (page - 1) * Search.PAGE, Search.PAGE + 1));
        Supplier<Layout> layout = layouts.outsideOrganization(together, user.id());
        together.run();
        mav.addObject("layout", layout.get());
        List<SearchHit> found = hits.get();
        mav.addObject("more", found.size() > Search.PAGE);
        Map<java.util.UUID, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : found.subList(0, Math.min(found.size(), Search.PAGE))) {
            groups.computeIfAbsent(hit.projectId(), k -> new java.util.ArrayList<>()).add(hit);
        }
        mav.addObject("groups", groups);
        return mav;
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
