#include "model/catalog.h"

#include <algorithm>
#include <cctype>

namespace hw {

namespace {

template<typename T>
const T *findById(const std::vector<T> &items, const std::string &id)
{
    const std::string wanted = normaliseId(id);
    for (const T &item : items)
        if (item.id == wanted)
            return &item;
    return nullptr;
}

template<typename T>
std::vector<std::string> idsOf(const std::vector<T> &items)
{
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const T &item : items)
        ids.push_back(item.id);
    return ids;
}

int editDistance(const std::string &a, const std::string &b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string normaliseId(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (unsigned char ch : text) {
        if (ch == ' ')
            out.push_back('-');
        else
            out.push_back(char(std::tolower(ch)));
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    while (!out.empty() && out.front() == '-')
        out.erase(out.begin());
    return out;
}

const ModelSpec *Catalog::model(const std::string &idOrAlias) const
{
    if (const ModelSpec *m = findById(models, idOrAlias))
        return m;
    const auto alias = modelAliases.find(normaliseId(idOrAlias));
    return alias == modelAliases.end() ? nullptr : findById(models, alias->second);
}

const QuantSpec *Catalog::quant(const std::string &id) const { return findById(quants, id); }
const GpuSpec *Catalog::gpu(const std::string &id) const { return findById(gpus, id); }
const CpuSpec *Catalog::cpu(const std::string &id) const { return findById(cpus, id); }
const RuntimeSpec *Catalog::runtime(const std::string &id) const { return findById(runtimes, id); }
const PlatformSpec *Catalog::platform(const std::string &id) const { return findById(platforms, id); }

bool Catalog::knowsPart(PartKind kind, const std::string &partId) const
{
    switch (kind) {
    case PartKind::Gpu:
        return gpu(partId) != nullptr;
    case PartKind::Cpu:
        return cpu(partId) != nullptr;
    case PartKind::Platform:
        return platform(partId) != nullptr;
    case PartKind::Memory: { // a type, or a type and speed: ddr5, ddr5-4800
        for (MemoryType type : kMemoryTypes) {
            const std::string t(memoryTypeId(type));
            if (partId == t)
                return true;
            if (partId.size() > t.size() + 1 && partId.compare(0, t.size() + 1, t + "-") == 0
                && partId.find_first_not_of("0123456789", t.size() + 1) == std::string::npos)
                return true;
        }
        return false;
    }
    case PartKind::Nvme:
        return partId == "nvme";
    case PartKind::Nic:
        return partId == "ib-400g" || partId == "ib-200g" || partId == "eth-100g";
    case PartKind::System: { // "<gpu id>:<count>"
        const auto colon = partId.find(':');
        return colon != std::string::npos && gpu(partId.substr(0, colon)) && colon + 1 < partId.size()
            && partId.find_first_not_of("0123456789", colon + 1) == std::string::npos;
    }
    }
    return false;
}

std::optional<double> Catalog::fileGB(const std::string &modelId, const std::string &quantId) const
{
    for (const ModelFile &f : modelFiles)
        if (f.modelId == modelId && f.quantId == quantId)
            return f.fileGB;
    return std::nullopt;
}

std::optional<WeightGroupBytes> Catalog::fileGroups(const std::string &modelId, const std::string &quantId) const
{
    for (const ModelFile &f : modelFiles)
        if (f.modelId == modelId && f.quantId == quantId && f.groups.known())
            return f.groups;
    return std::nullopt;
}

std::vector<std::string> Catalog::closest(const std::string &wanted, const std::vector<std::string> &ids, int count)
{
    const std::string w = normaliseId(wanted);
    std::vector<std::pair<int, std::string>> scored;
    for (const std::string &id : ids) {
        int d = editDistance(w, id);
        if (!w.empty() && id.find(w) != std::string::npos)
            d = std::min(d, 1); // a fragment of an id ("4090") is a good hint
        scored.emplace_back(d, id);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (const auto &s : scored) {
        if (int(out.size()) == count)
            break;
        out.push_back(s.second);
    }
    return out;
}

std::vector<std::string> Catalog::modelIds() const { return idsOf(models); }
std::vector<std::string> Catalog::quantIds() const { return idsOf(quants); }
std::vector<std::string> Catalog::gpuIds() const { return idsOf(gpus); }
std::vector<std::string> Catalog::cpuIds() const { return idsOf(cpus); }
std::vector<std::string> Catalog::runtimeIds() const { return idsOf(runtimes); }

} // namespace hw
