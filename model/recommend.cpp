#include "model/recommend.h"

#include "model/textformat.h"

#include <algorithm>

namespace hw {

Build atWorkload(Build build, const Workload &workload)
{
    build.workload = workload;
    return build;
}

std::optional<Message> workloadShortfall(const Build &b, const Estimate &e, const std::vector<ChecklistItem> &checks)
{
    if (!e.fits)
        return !e.runs ? Message{QT_TRANSLATE_NOOP("hw::Message", "cannot run: the model does not fit in its memory"), {}}
            : e.bound == Bound::Ssd ? Message{QT_TRANSLATE_NOOP("hw::Message", "does not fit in memory: it only runs degraded (paged from SSD)"), {}}
                                    : Message{QT_TRANSLATE_NOOP("hw::Message", "does not fit in memory for %1 users: it runs, with the rest queued or offloaded"),
                                              {std::to_string(b.workload.users)}};
    if (e.decodePerUser < b.workload.minTpsPerUser)
        return Message{QT_TRANSLATE_NOOP("hw::Message", "%1 tok/s per user for %2 users is below the %3 tok/s target"),
                       {num(e.decodePerUser, 1), std::to_string(b.workload.users), num(b.workload.minTpsPerUser, 0)}};
    for (const ChecklistItem &c : checks)
        if (c.status == "fail")
            return Message{QT_TRANSLATE_NOOP("hw::Message", "a buyer check fails: %1"), {c.message}};
    return std::nullopt;
}

Recommendation recommend(const std::vector<Alternative> &alternatives)
{
    Recommendation r;
    std::vector<std::optional<Message>> shortfalls;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const Alternative &a = alternatives[i];
        shortfalls.push_back(workloadShortfall(a.build, a.estimate, a.checks));
        r.meets.push_back(!shortfalls.back());
        if (!shortfalls.back() && a.cost.complete() && (r.best < 0 || a.cost.capex < alternatives[std::size_t(r.best)].cost.capex))
            r.best = int(i);
    }
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        if (shortfalls[i])
            r.reasons.push_back(*shortfalls[i]);
        else if (int(i) == r.best)
            r.reasons.push_back({QT_TRANSLATE_NOOP("hw::Message", "recommended: the cheapest fully priced build that meets the workload"), {}});
        else if (!alternatives[i].cost.complete())
            r.reasons.push_back({QT_TRANSLATE_NOOP("hw::Message", "meets the workload, but %1 parts have no price, so its cost cannot be compared"),
                                 {std::to_string(alternatives[i].cost.unpricedCount())}});
        else
            r.reasons.push_back({QT_TRANSLATE_NOOP("hw::Message", "meets the workload, but costs more than build %1"), {std::to_string(r.best + 1)}});
    }
    return r;
}

Message workloadMessage(const Workload &w)
{
    return {QT_TRANSLATE_NOOP("hw::Message", "%1 users at %2 tok/s each, %3-token context"),
            {std::to_string(w.users), num(w.minTpsPerUser, w.minTpsPerUser == int(w.minTpsPerUser) ? 0 : 1), std::to_string(w.context)}};
}

} // namespace hw
