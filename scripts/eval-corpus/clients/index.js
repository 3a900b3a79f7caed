// Every mail client the spec format names, by its `client:` value.
module.exports = {
  ...require("./outlook"),
  ...require("./gmail"),
  ...require("./apple"),
  ...require("./thunderbird"),
  ...require("./foxmail"),
  ...require("./tencent"),
  ...require("./coremail"),
};
