package org.kordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kordon.maritime.Cargo;
import org.kordon.maritime.PriceCapCheck;
import org.kordon.maritime.PriceCaps;
import org.kordon.maritime.Regime;
import org.kordon.maritime.Verdict;

/**
 * {@code POST /pricecap/check}: the oil price cap check of {@code kordon pricecap check}, over HTTP, with the same
 * field names as the CLI's CSV columns.
 *
 * <pre>{@code
 * {"cargoes": [{"id": "c1", "regime": "eu", "product": "crude", "loading_date": "2025-10-01",
 *               "contract_date": "2025-08-01", "price_usd_per_bbl": "49.00"}]}
 * -> {"results": [{"id": "c1", "cap_usd_per_bbl": "47.60", "within_cap": false, "reason": "..."}]}
 * }</pre>
 */
public final class PriceCapRoutes implements Routes {
    private final PriceCapCheck check;

    public PriceCapRoutes(PriceCaps caps) {
        this.check = PriceCapCheck.of(caps);
    }

    @Override
    public void register(Router r) {
        r.post("/pricecap/check", Access.READ, this::check);
    }

    private Object check(Call c) {
        JsonNode cargoes = c.body().get("cargoes");
        if (cargoes == null || !cargoes.isArray()) {
            throw Problem.invalid("cargoes", "must be an array of cargoes");
        }
        if (cargoes.size() > c.config().maxBatch()) {
            throw Problem.invalid("cargoes", "holds " + cargoes.size() + " cargoes, at most " + c.config().maxBatch() + " per request");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < cargoes.size(); i++) {
            String path = "cargoes[" + i + "]";
            JsonNode o = cargoes.get(i);
            if (!o.isObject()) {
                throw Problem.invalid(path, "must be an object");
            }
            Cargo cargo = cargo(o, path);
            Verdict v;
            try {
                v = check.check(cargo);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid(path + ".product", e.getMessage());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", cargo.id());
            m.put("cap_usd_per_bbl", v.capUsdPerBbl() == null ? null : v.capUsdPerBbl().toPlainString());
            m.put("within_cap", v.withinCap());
            m.put("reason", v.reason());
            results.add(m);
        }
        return Map.of("results", results);
    }

    private static Cargo cargo(JsonNode o, String path) {
        String id = Call.text(o, path, "id", true, 200);
        String regimeText = Call.text(o, path, "regime", true, 10);
        Regime regime;
        try {
            regime = Regime.parse(regimeText);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(path + ".regime", e.getMessage());
        }
        String product = Call.text(o, path, "product", true, 100);
        LocalDate loading = date(o, path, "loading_date");
        LocalDate contract = date(o, path, "contract_date");
        String p = Call.text(o, path, "price_usd_per_bbl", true, 30);
        BigDecimal price;
        try {
            price = new BigDecimal(p);
        } catch (NumberFormatException e) {
            throw Problem.invalid(path + ".price_usd_per_bbl", "not a number: '" + p + "'");
        }
        if (price.signum() < 0) {
            throw Problem.invalid(path + ".price_usd_per_bbl", "must not be negative, got " + p);
        }
        return new Cargo(id, regime, product, loading, contract, price);
    }

    private static LocalDate date(JsonNode o, String path, String field) {
        String v = Call.text(o, path, field, true, 10);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(path + "." + field, "not an ISO date (YYYY-MM-DD): '" + v + "'");
        }
    }
}
