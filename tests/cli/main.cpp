#include "cli/logsetup.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    kehu::cli::configureLogging(false); // keep storage logging out of the test report
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
