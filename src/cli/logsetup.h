#pragma once

namespace kehu::cli {

// spdlog's default logger writes to stdout, which must carry only the requested output.
// Replaces it: a stderr logger at debug level when verbose, a silent one otherwise.
void configureLogging(bool verbose);

} // namespace kehu::cli
