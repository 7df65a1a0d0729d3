// Build files: any bytes either parse into a build the engine can estimate, or give an error that names
// the file; never a crash, a hang or undefined behaviour, in the parser or in the engine after it.

#include "db/buildfile.h"
#include "fuzzcatalog.h"
#include "model/estimator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const hw::Catalog &catalog = fuzzCatalog();
    hw::Build build;
    hwdb::BuildError error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!hwdb::parseBuild(bytes, QStringLiteral("fuzz.json"), catalog, &build, &error)) {
        if (!error.toString().startsWith(QStringLiteral("fuzz.json")))
            std::abort(); // every error names the file
        return 0;
    }
    const hw::Estimate e = hw::estimate(build);
    if (e.fits && !(e.decodePerUser >= 0)) // NaN or negative speeds from accepted input are bugs
        std::abort();
    return 0;
}
