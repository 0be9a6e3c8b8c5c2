// The tool's CSV stream (examples/cli/csv_stream.hpp) built with a 16-byte first buffer
// (TRIALSPEC_CLI_CSV_BLOCK_BYTES=16, as the fuzz targets build it): rows that cross block
// boundaries, a line longer than the buffer, a byte-order mark and a carriage return split from
// their line, line numbers in errors, restart(). Every expected row is read off the text by hand.
#define BOOST_TEST_MODULE csv_stream
#include "csv_stream.hpp"

#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

static_assert(trialspec_cli::csv_stream::block_bytes == 16, "this test needs the 16-byte buffer");

namespace {

using trialspec_cli::csv_stream;
using trialspec_cli::csv_view;
using trialspec_cli::input_error;

/// A file of its own in the temporary directory, removed at the end of the test.
struct scratch {
  std::string path;
  explicit scratch(std::string_view text) {
    static int n = 0;
    path = (std::filesystem::temp_directory_path() /
            ("trialspec-csv-stream-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + ".csv"))
               .string();
    std::ofstream(path, std::ios::binary) << text;
  }
  ~scratch() { std::filesystem::remove(path); }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;
};

/// Each row as "LINE:f1|f2|f3".
std::vector<std::string> rows_of(csv_stream& in) {
  std::vector<std::string> rows;
  csv_view row;
  while (in.next(row)) {
    std::string r = std::to_string(row.line) + ":";
    for (std::size_t c = 0; c < 3; ++c) {
      if (c > 0) r.push_back('|');
      r.append(row.fields[c]);
    }
    rows.push_back(r);
  }
  return rows;
}

std::string error_of(csv_stream& in) {
  try {
    (void)rows_of(in);
  } catch (const input_error& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

BOOST_AUTO_TEST_CASE(rows_across_block_boundaries) {
  // The header (with its BOM and CR, 17 bytes with the newline) ends one byte past the first
  // block; the line of 46 bytes leaves the buffer at 64 bytes (16 doubled twice); a blank line of
  // spaces; the last row has no newline.
  const scratch f("\xEF\xBB\xBFid,date,edss\r\n"
                  "A,2020-01-15,3.5\r\n"
                  "patient-with-a-rather-long-id,2020-02-01,10.0\n"
                  "   \n"
                  "B,2021-02-03,0");
  csv_stream in(f.path, {"id", "date", "edss"});
  const std::vector<std::string> expected{"2:A|2020-01-15|3.5", "3:patient-with-a-rather-long-id|2020-02-01|10.0",
                                          "5:B|2021-02-03|0"};
  BOOST_TEST(rows_of(in) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_line_many_times_the_buffer) {
  // An id of 200 bytes: the buffer grows from 16 to 256 bytes, and the row keeps every byte.
  const std::string id(200, 'x');
  const scratch f("id,date,edss\n" + id + ",2020-01-01,2.0\nC,2020-01-02,2.5\n");
  csv_stream in(f.path, {"id", "date", "edss"});
  const std::vector<std::string> expected{"2:" + id + "|2020-01-01|2.0", "3:C|2020-01-02|2.5"};
  BOOST_TEST(rows_of(in) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(errors_name_the_line_past_the_first_block) {
  const scratch f("id,date,edss\nA,2020-01-15,3.5\nB,2020-01-16\n");
  csv_stream in(f.path, {"id", "date", "edss"});
  BOOST_TEST(error_of(in) == f.path + ":3:1: expected 3 fields, found 2");

  const scratch header_only("id,date,edss");
  csv_stream h(header_only.path, {"id", "date", "edss"});
  BOOST_TEST(rows_of(h).empty());

  const scratch empty("");
  csv_stream e(empty.path, {"id", "date", "edss"});
  BOOST_TEST(error_of(e) == empty.path + ":1:1: empty input: no header");

  // A header cut at the block's end ("id,date,edss_tail" is 17 bytes) is still the wrong header.
  const scratch wrong("id,date,edss_tail\n");
  csv_stream w(wrong.path, {"id", "date", "edss"});
  BOOST_TEST(error_of(w) == wrong.path + ":1:1: expected the header 'id,date,edss', found 'id,date,edss_tail'");
}

BOOST_AUTO_TEST_CASE(restart_reads_the_same_rows_again) {
  const scratch f("id,date,edss\nA,2020-01-15,3.5\nlonger-than-a-block,2020-01-16,4.0\n\nB,2020-01-17,4.5\n");
  csv_stream in(f.path, {"id", "date", "edss"}, true);
  const std::vector<std::string> expected{"2:A|2020-01-15|3.5", "3:longer-than-a-block|2020-01-16|4.0", "5:B|2020-01-17|4.5"};
  BOOST_TEST(rows_of(in) == expected, boost::test_tools::per_element());
  in.restart();
  BOOST_TEST(rows_of(in) == expected, boost::test_tools::per_element());
  // restart() part way: the first row again.
  in.restart();
  csv_view row;
  BOOST_TEST(in.next(row));
  in.restart();
  BOOST_TEST(rows_of(in) == expected, boost::test_tools::per_element());
}
