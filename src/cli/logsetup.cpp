#include "logsetup.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace kehu::cli {

void configureLogging(bool verbose)
{
    if (!verbose) {
        auto logger = std::make_shared<spdlog::logger>("kehu", std::make_shared<spdlog::sinks::null_sink_mt>());
        logger->set_level(spdlog::level::off);
        spdlog::set_default_logger(logger);
        return;
    }
    auto logger = std::make_shared<spdlog::logger>("kehu", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::debug);
    spdlog::set_default_logger(logger);
}

} // namespace kehu::cli
