<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>QObject</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Relata diagram</source>
            <translation>Relata 图表</translation>
        </message>
        <message>
            <source>Could not render the diagram as SVG</source>
            <translation>无法将图表渲染为 SVG</translation>
        </message>
        <message>
            <source>The diagram is too large for an image at scale %1</source>
            <translation>图表太大，无法以 %1 倍缩放生成图像</translation>
        </message>
        <message>
            <source>Could not encode the diagram as PNG</source>
            <translation>无法将图表编码为 PNG</translation>
        </message>
        <message>
            <source>join table</source>
            <translation>连接表</translation>
        </message>
        <message>
            <source>join table %1</source>
            <translation>连接表 %1</translation>
        </message>
        <message>
            <source>%1 · join model</source>
            <translation>%1 · 连接模型</translation>
        </message>
        <message>
            <source>%1: %2 (not resolved: an error stopped Sequelize)</source>
            <translation>%1：%2（未解析：一个错误使 Sequelize 停止）</translation>
        </message>
        <message>
            <source>not resolved</source>
            <translation>未解析</translation>
        </message>
        <message>
            <source>%1: join table created by belongsToMany's through (not a model of the document)</source>
            <translation>%1：由 belongsToMany 的 through 创建的连接表（不是文档中的模型）</translation>
        </message>
        <message>
            <source>%1 (table %2)
Drag the handle on the right onto a model to add an association</source>
            <translation>%1（表 %2）
将右侧的手柄拖到一个模型上即可添加关联</translation>
        </message>
        <message>
            <source>Drag onto a model (or this one) to add an association</source>
            <translation>拖到一个模型（或本模型）上以添加关联</translation>
        </message>
        <message numerus="yes">
            <source>Move %n model(s)</source>
            <translation>
                <numerusform>移动 %n 个模型</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::Canvas</name>
        <message>
            <source>Implicit primary key added by Sequelize</source>
            <translation>由 Sequelize 添加的隐式主键</translation>
        </message>
        <message>
            <source>Timestamp added by paranoid: true</source>
            <translation>由 paranoid: true 添加的时间戳</translation>
        </message>
        <message>
            <source>Timestamp added by timestamps: true</source>
            <translation>由 timestamps: true 添加的时间戳</translation>
        </message>
        <message>
            <source>Foreign key added by:</source>
            <translation>外键，添加者：</translation>
        </message>
        <message>
            <source>Join-table key added by:</source>
            <translation>连接表键，添加者：</translation>
        </message>
        <message>
            <source>Used by:</source>
            <translation>使用者：</translation>
        </message>
        <message>
            <source>primary key</source>
            <translation>主键</translation>
        </message>
        <message>
            <source>auto-increment</source>
            <translation>自增</translation>
        </message>
        <message>
            <source>unique</source>
            <translation>唯一</translation>
        </message>
        <message>
            <source>unique (%1)</source>
            <translation>唯一（%1）</translation>
        </message>
        <message>
            <source>not null</source>
            <translation>非空</translation>
        </message>
        <message>
            <source>references %1(%2)</source>
            <translation>引用 %1(%2)</translation>
        </message>
        <message>
            <source>Table created by belongsToMany's through</source>
            <translation>由 belongsToMany 的 through 创建的表</translation>
        </message>
        <message>
            <source>Not resolved (an earlier error stopped Sequelize)</source>
            <translation>未解析（之前的错误使 Sequelize 停止）</translation>
        </message>
        <message>
            <source>Foreign key %1.%2 → %3.%4</source>
            <translation>外键 %1.%2 → %3.%4</translation>
        </message>
        <message>
            <source>Through %1: %2 → %3, %4 → %5</source>
            <translation>通过 %1：%2 → %3，%4 → %5</translation>
        </message>
        <message>
            <source>constraints: false (no database foreign key)</source>
            <translation>constraints: false（数据库中没有外键）</translation>
        </message>
        <message>
            <source>Accessed as %1</source>
            <translation>访问名 %1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::AccessorsDock</name>
        <message>
            <source>Accessors</source>
            <translation>访问器</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Select a model to see the methods its associations add.</source>
            <translation>选择一个模型，查看其关联添加的方法。</translation>
        </message>
        <message>
            <source>%1: not built (the design has an error before it).</source>
            <translation>%1：未构建（设计在它之前有错误）。</translation>
        </message>
        <message>
            <source>%1: no association adds methods to this model.</source>
            <translation>%1：没有关联为此模型添加方法。</translation>
        </message>
        <message>
            <source>Methods on %1 instances</source>
            <translation>%1 实例上的方法</translation>
        </message>
        <message>
            <source>Not installed by Sequelize (the name is taken).</source>
            <translation>Sequelize 未安装此方法（名称已被占用）。</translation>
        </message>
        <message>
            <source>(not installed: the name is taken)</source>
            <translation>（未安装：名称已被占用）</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::AssociationInspector</name>
        <message>
            <source>Association</source>
            <translation>关联</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Join model (belongsToMany)</source>
            <translation>连接模型（belongsToMany）</translation>
        </message>
        <message>
            <source>scope (association scope)</source>
            <translation>scope（关联作用域）</translation>
        </message>
        <message>
            <source>Foreign key constraint</source>
            <translation>外键约束</translation>
        </message>
        <message>
            <source>What Sequelize builds</source>
            <translation>Sequelize 构建的内容</translation>
        </message>
        <message>
            <source>The association method: source.belongsTo(target), hasOne, hasMany or belongsToMany.</source>
            <translation>关联方法：source.belongsTo(target)、hasOne、hasMany 或 belongsToMany。</translation>
        </message>
        <message>
            <source>The model the method is called on.</source>
            <translation>调用该方法的模型。</translation>
        </message>
        <message>
            <source>The model passed to the method.</source>
            <translation>传给该方法的模型。</translation>
        </message>
        <message>
            <source>as: the alias (Model.associations key and accessor names). Empty: the target's name.</source>
            <translation>as：别名（Model.associations 的键和访问器名称）。为空：使用目标的名称。</translation>
        </message>
        <message>
            <source>Give singular and plural separately</source>
            <translation>分别指定单数和复数</translation>
        </message>
        <message>
            <source>as: {singular, plural} instead of a string.</source>
            <translation>as：使用 {singular, plural} 而不是字符串。</translation>
        </message>
        <message>
            <source>as.singular</source>
            <translation>as.singular</translation>
        </message>
        <message>
            <source>as.plural</source>
            <translation>as.plural</translation>
        </message>
        <message>
            <source>foreignKey: the name of the foreign key attribute. Empty: Sequelize's default (shown grey).</source>
            <translation>foreignKey：外键属性的名称。为空：使用 Sequelize 的默认值（灰色显示）。</translation>
        </message>
        <message>
            <source>allowNull: default</source>
            <translation>allowNull：默认</translation>
        </message>
        <message>
            <source>allowNull: yes</source>
            <translation>allowNull：是</translation>
        </message>
        <message>
            <source>allowNull: no</source>
            <translation>allowNull：否</translation>
        </message>
        <message>
            <source>foreignKey.allowNull (makes foreignKey an object).</source>
            <translation>foreignKey.allowNull（使 foreignKey 成为对象）。</translation>
        </message>
        <message>
            <source>field (column name)</source>
            <translation>field（列名）</translation>
        </message>
        <message>
            <source>foreignKey.field: the column name, when it differs from the attribute name.</source>
            <translation>foreignKey.field：列名（与属性名不同时）。</translation>
        </message>
        <message>
            <source>sourceKey: the source attribute the foreign key points at (hasOne, hasMany, belongsToMany).</source>
            <translation>sourceKey：外键指向的源模型属性（hasOne、hasMany、belongsToMany）。</translation>
        </message>
        <message>
            <source>targetKey: the target attribute the foreign key points at (belongsTo, belongsToMany).</source>
            <translation>targetKey：外键指向的目标属性（belongsTo、belongsToMany）。</translation>
        </message>
        <message>
            <source>otherKey: the join model's key that points at the target (belongsToMany).</source>
            <translation>otherKey：连接模型中指向目标的键（belongsToMany）。</translation>
        </message>
        <message>
            <source>through: a model of the design, or a table name for a join model Sequelize creates.</source>
            <translation>through：设计中的一个模型，或由 Sequelize 创建的连接模型的表名。</translation>
        </message>
        <message>
            <source>Default (unique key on both keys)</source>
            <translation>默认（两个键上的唯一键）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>through.unique</source>
            <translation>through.unique</translation>
        </message>
        <message>
            <source>uniqueKey: the name of the join table's unique key.</source>
            <translation>uniqueKey：连接表唯一键的名称。</translation>
        </message>
        <message>
            <source>Sequelize's default name</source>
            <translation>Sequelize 的默认名称</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>through.scope: values every join row has (key = value).</source>
            <translation>through.scope：每个连接行都具有的值（键 = 值）。</translation>
        </message>
        <message>
            <source>scope: key = value conditions on the target (polymorphic associations). Values: text, numbers, true/false, null.</source>
            <translation>scope：目标上的“键 = 值”条件（多态关联）。值：文本、数字、true/false、null。</translation>
        </message>
        <message>
            <source>Add a scope condition</source>
            <translation>添加 scope 条件</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>删除所选条件</translation>
        </message>
        <message>
            <source>Add a through scope value</source>
            <translation>添加 through scope 值</translation>
        </message>
        <message>
            <source>Remove the selected value</source>
            <translation>删除所选值</translation>
        </message>
        <message>
            <source>constraints: false leaves out the REFERENCES constraint.</source>
            <translation>constraints: false 会省略 REFERENCES 约束。</translation>
        </message>
        <message>
            <source>onDelete: the referential action when the referenced row is deleted.</source>
            <translation>onDelete：被引用行删除时的引用操作。</translation>
        </message>
        <message>
            <source>onUpdate: the referential action when the referenced key changes.</source>
            <translation>onUpdate：被引用键变化时的引用操作。</translation>
        </message>
        <message>
            <source>%1.%2(%3)</source>
            <translation>%1.%2(%3)</translation>
        </message>
        <message>
            <source>model or table name</source>
            <translation>模型或表名</translation>
        </message>
        <message>
            <source>Default (%1)</source>
            <translation>默认（%1）</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Not an option of %1.</source>
            <translation>%1 没有此选项。</translation>
        </message>
        <message>
            <source>&lt;i&gt;Not built: Sequelize stops with an error before this association.&lt;/i&gt;</source>
            <translation>&lt;i&gt;未构建：Sequelize 在此关联之前因错误停止。&lt;/i&gt;</translation>
        </message>
        <message>
            <source>singular %1, plural %2</source>
            <translation>单数 %1，复数 %2</translation>
        </message>
        <message>
            <source>Alias: %1</source>
            <translation>别名：%1</translation>
        </message>
        <message>
            <source>Foreign key: %1 on table %2</source>
            <translation>外键：表 %2 上的 %1</translation>
        </message>
        <message>
            <source>References %1.%2</source>
            <translation>引用 %1.%2</translation>
        </message>
        <message>
            <source>Join model %1 (table %2), other key %3</source>
            <translation>连接模型 %1（表 %2），另一个键 %3</translation>
        </message>
        <message>
            <source>Paired with association #%1</source>
            <translation>与第 %1 个关联配对</translation>
        </message>
        <message>
            <source>No REFERENCES constraint (constraints: false)</source>
            <translation>没有 REFERENCES 约束（constraints: false）</translation>
        </message>
        <message>
            <source>ON DELETE %1, ON UPDATE %2</source>
            <translation>ON DELETE %1，ON UPDATE %2</translation>
        </message>
        <message>
            <source>Methods on %1: %2</source>
            <translation>%1 上的方法：%2</translation>
        </message>
        <message>
            <source>Clear %1 of %2</source>
            <translation>清除 %2 的 %1</translation>
        </message>
        <message>
            <source>Set %1 of %2 to %3</source>
            <translation>将 %2 的 %1 设为 %3</translation>
        </message>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>source</source>
            <translation>源</translation>
        </message>
        <message>
            <source> (NULL allowed)</source>
            <translation>（允许 NULL）</translation>
        </message>
        <message>
            <source> (NOT NULL)</source>
            <translation>（NOT NULL）</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ConnectionForm</name>
        <message>
            <source>&amp;Profile:</source>
            <translation>配置(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>The SQLite database file; a relative path is relative to the design's folder. It is created when missing.</source>
            <translation>SQLite 数据库文件；相对路径相对于设计所在的文件夹。文件不存在时会被创建。</translation>
        </message>
        <message>
            <source>The SQLite database file; a relative path is relative to the design's folder.</source>
            <translation>SQLite 数据库文件；相对路径相对于设计所在的文件夹。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>asked when needed, never stored</source>
            <translation>需要时询问，从不保存</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>Keep in Design</source>
            <translation>保存在设计中</translation>
        </message>
        <message>
            <source>Store this connection (without password) in the design's "connection" section.</source>
            <translation>将此连接（不含密码）保存到设计的“connection”部分。</translation>
        </message>
        <message>
            <source>Save as Profile…</source>
            <translation>另存为配置…</translation>
        </message>
        <message>
            <source>Keep this connection (without password) in your settings for other designs.</source>
            <translation>将此连接（不含密码）保存在您的设置中，供其他设计使用。</translation>
        </message>
        <message>
            <source>The design's connection (%1)</source>
            <translation>设计中的连接（%1）</translation>
        </message>
        <message>
            <source>SQLite file beside the design (%1)</source>
            <translation>设计旁的 SQLite 文件（%1）</translation>
        </message>
        <message>
            <source>default (5432)</source>
            <translation>默认（5432）</translation>
        </message>
        <message>
            <source>default (3306)</source>
            <translation>默认（3306）</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>SQLite Database File</source>
            <translation>SQLite 数据库文件</translation>
        </message>
        <message>
            <source>Keep connection %1 in the design</source>
            <translation>将连接 %1 保存在设计中</translation>
        </message>
        <message>
            <source>The connection is kept in the design (save the design to store it). Passwords never are.</source>
            <translation>连接已记录在设计中（保存设计即可存储）。密码从不保存。</translation>
        </message>
        <message>
            <source>Save Connection Profile</source>
            <translation>保存连接配置</translation>
        </message>
        <message>
            <source>Profile name:</source>
            <translation>配置名称：</translation>
        </message>
        <message>
            <source>Profile "%1" saved (without password).</source>
            <translation>配置“%1”已保存（不含密码）。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Give %1 first.</source>
            <translation>请先填写%1。</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>无法连接到 %1：%2</translation>
        </message>
        <message>
            <source>Connected to %1%2.</source>
            <translation>已连接到 %1%2。</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DdlPreviewDock</name>
        <message>
            <source>DDL Preview</source>
            <translation>DDL 预览</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>Whole design</source>
            <translation>整个设计</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>所选内容</translation>
        </message>
        <message>
            <source>The whole CREATE script, or only the statements of the selected models.</source>
            <translation>完整的 CREATE 脚本，或仅所选模型的语句。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the script to the clipboard</source>
            <translation>将脚本复制到剪贴板</translation>
        </message>
        <message>
            <source>No script: Sequelize would throw on this design:</source>
            <translation>没有脚本：Sequelize 会在此设计上抛出错误：</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Select models or an association to see their statements.</source>
            <translation>选择模型或一个关联以查看其语句。</translation>
        </message>
        <message>
            <source>The design is empty: add a model.</source>
            <translation>设计为空：请添加一个模型。</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n warning(s) for this database</source>
            <translation>
                <numerusform>%1，此数据库有 %n 个警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n 条语句</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DiagramLegend</name>
        <message>
            <source>Diagram legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>Click to fold or unfold the legend</source>
            <translation>点击折叠或展开图例</translation>
        </message>
        <message>
            <source>belongsTo · key (●) on the source</source>
            <translation>belongsTo · 键（●）在源模型上</translation>
        </message>
        <message>
            <source>hasOne · key on the target</source>
            <translation>hasOne · 键在目标上</translation>
        </message>
        <message>
            <source>hasMany · key on the target, many</source>
            <translation>hasMany · 键在目标上，多个</translation>
        </message>
        <message>
            <source>belongsToMany · join table (dotted)</source>
            <translation>belongsToMany · 连接表（点线）</translation>
        </message>
        <message>
            <source>dashed · constraints: false</source>
            <translation>虚线 · constraints: false</translation>
        </message>
        <message>
            <source>added by an association or Sequelize</source>
            <translation>由关联或 Sequelize 添加</translation>
        </message>
        <message>
            <source>primary, foreign, unique, not null</source>
            <translation>主键、外键、唯一、非空</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::DiagramView</name>
        <message>
            <source>Source holds the foreign key</source>
            <translation>源模型持有外键</translation>
        </message>
        <message>
            <source>Target holds the foreign key (one)</source>
            <translation>目标持有外键（一个）</translation>
        </message>
        <message>
            <source>Target holds the foreign key (many)</source>
            <translation>目标持有外键（多个）</translation>
        </message>
        <message>
            <source>Many to many through a join table</source>
            <translation>通过连接表的多对多</translation>
        </message>
        <message>
            <source>Add %1 association</source>
            <translation>添加 %1 关联</translation>
        </message>
        <message>
            <source>Add model %1</source>
            <translation>添加模型 %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n association(s)</source>
            <translation>
                <numerusform>删除 %n 个关联</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n model(s)</source>
            <translation>
                <numerusform>删除 %n 个模型</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n model(s)</source>
            <translation>
                <numerusform>粘贴 %n 个模型</numerusform>
            </translation>
        </message>
        <message>
            <source>Automatic layout</source>
            <translation>自动布局</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ExportActions</name>
        <message>
            <source>SQL for %1…</source>
            <translation>%1 的 SQL…</translation>
        </message>
        <message>
            <source>SQL scripts (*.sql)</source>
            <translation>SQL 脚本 (*.sql)</translation>
        </message>
        <message>
            <source>SQL for %1, One File per Table…</source>
            <translation>%1 的 SQL，每个表一个文件…</translation>
        </message>
        <message>
            <source>C++ Header…</source>
            <translation>C++ 头文件…</translation>
        </message>
        <message>
            <source>C++ headers (*.h *.hpp)</source>
            <translation>C++ 头文件 (*.h *.hpp)</translation>
        </message>
        <message>
            <source>Sequelize Models (CommonJS)…</source>
            <translation>Sequelize 模型（CommonJS）…</translation>
        </message>
        <message>
            <source>JavaScript (*.js)</source>
            <translation>JavaScript (*.js)</translation>
        </message>
        <message>
            <source>Sequelize Models (ES Module)…</source>
            <translation>Sequelize 模型（ES 模块）…</translation>
        </message>
        <message>
            <source>JavaScript modules (*.mjs)</source>
            <translation>JavaScript 模块 (*.mjs)</translation>
        </message>
        <message>
            <source>Mermaid ER Diagram…</source>
            <translation>Mermaid 实体关系图…</translation>
        </message>
        <message>
            <source>Mermaid (*.mmd)</source>
            <translation>Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>DBML…</source>
            <translation>DBML…</translation>
        </message>
        <message>
            <source>DBML (*.dbml)</source>
            <translation>DBML (*.dbml)</translation>
        </message>
        <message>
            <source>Markdown Data Dictionary…</source>
            <translation>Markdown 数据字典…</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Diagram as SVG…</source>
            <translation>图表导出为 SVG…</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <source>Diagram as PNG…</source>
            <translation>图表导出为 PNG…</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>The design has an error (Sequelize would throw): %1 This format cannot show an invalid design.</source>
            <translation>设计有错误（Sequelize 会抛出异常）：%1 此格式无法表示无效的设计。</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ImportDialog</name>
        <message>
            <source>Import from a Database</source>
            <translation>从数据库导入</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>导入到</translation>
        </message>
        <message>
            <source>A &amp;new design</source>
            <translation>新设计(&amp;N)</translation>
        </message>
        <message>
            <source>The &amp;open design (models of unchanged tables keep their options and place)</source>
            <translation>当前打开的设计(&amp;O)（未更改表的模型保留其选项和位置）</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cannot read the schema of %1: %2</source>
            <translation>无法读取 %1 的结构：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n table(s) read from %1.</source>
            <translation>
                <numerusform>已从 %1 读取 %n 个表。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::Inspector</name>
        <message>
            <source>Fix: %1</source>
            <translation>修复：%1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::InspectorDock</name>
        <message>
            <source>Inspector</source>
            <translation>检查器</translation>
        </message>
        <message>
            <source>Select a model or an association on the canvas to edit it here.

Drag "Model" from the palette to add a model; drag from a model's ring to another model to associate them.</source>
            <translation>在画布上选择一个模型或关联即可在此编辑。

从调色板拖出“模型”以添加模型；从一个模型的圆环拖到另一个模型上即可关联它们。</translation>
        </message>
        <message>
            <source>Several items are selected. Select one model or one association to edit it.</source>
            <translation>已选择多个项目。请只选择一个模型或一个关联进行编辑。</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::MainWindow</name>
        <message>
            <source>Relata designs (*.relata.json);;JSON files (*.json);;All files (*)</source>
            <translation>Relata 设计 (*.relata.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>&amp;New Design</source>
            <translation>新建设计(&amp;N)</translation>
        </message>
        <message>
            <source>Start an empty design</source>
            <translation>开始一个空设计</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a *.relata.json design</source>
            <translation>打开 *.relata.json 设计</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the design</source>
            <translation>保存设计</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the design under a new name</source>
            <translation>以新名称保存设计</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Close Relata</source>
            <translation>关闭 Relata</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
        <message>
            <source>Forget the recently opened designs</source>
            <translation>忘记最近打开的设计</translation>
        </message>
        <message>
            <source>&amp;Import from Database…</source>
            <translation>从数据库导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Sync with Database…</source>
            <translation>与数据库同步(&amp;S)…</translation>
        </message>
        <message>
            <source>Compare the design with a database and apply the changes (SQLite, PostgreSQL, MySQL/MariaDB)</source>
            <translation>将设计与数据库比较并应用更改（SQLite、PostgreSQL、MySQL/MariaDB）</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected models</source>
            <translation>复制所选模型</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Paste copied models</source>
            <translation>粘贴复制的模型</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected models and associations</source>
            <translation>删除所选模型和关联</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Select every model</source>
            <translation>选择所有模型</translation>
        </message>
        <message>
            <source>Add &amp;Model</source>
            <translation>添加模型(&amp;M)</translation>
        </message>
        <message>
            <source>Add a model in the middle of the canvas</source>
            <translation>在画布中央添加一个模型</translation>
        </message>
        <message>
            <source>Add Ass&amp;ociation…</source>
            <translation>添加关联(&amp;O)…</translation>
        </message>
        <message>
            <source>Associate two models (or drag from a model's ring onto another model)</source>
            <translation>关联两个模型（或从一个模型的圆环拖到另一个模型上）</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>Zoom to 100%</source>
            <translation>缩放到 100%</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>Show the whole design</source>
            <translation>显示整个设计</translation>
        </message>
        <message>
            <source>Auto &amp;Layout</source>
            <translation>自动布局(&amp;L)</translation>
        </message>
        <message>
            <source>Arrange the models along their foreign keys</source>
            <translation>沿外键方向排列模型</translation>
        </message>
        <message>
            <source>&amp;Snap to Grid</source>
            <translation>对齐网格(&amp;S)</translation>
        </message>
        <message>
            <source>Snap moved models to the grid</source>
            <translation>将移动的模型对齐到网格</translation>
        </message>
        <message>
            <source>Show &amp;Legend</source>
            <translation>显示图例(&amp;L)</translation>
        </message>
        <message>
            <source>Explain the edge styles on the canvas</source>
            <translation>说明画布上连线的样式</translation>
        </message>
        <message>
            <source>&amp;Next Problem</source>
            <translation>下一个问题(&amp;N)</translation>
        </message>
        <message>
            <source>Select the next problem's model or association</source>
            <translation>选择下一个问题所在的模型或关联</translation>
        </message>
        <message>
            <source>Pre&amp;vious Problem</source>
            <translation>上一个问题(&amp;V)</translation>
        </message>
        <message>
            <source>Select the previous problem's model or association</source>
            <translation>选择上一个问题所在的模型或关联</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>列出所有键盘快捷键</translation>
        </message>
        <message>
            <source>&amp;About Relata</source>
            <translation>关于 Relata(&amp;A)</translation>
        </message>
        <message>
            <source>About Relata</source>
            <translation>关于 Relata</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>关于 Qt</translation>
        </message>
        <message>
            <source>&amp;System Language</source>
            <translation>系统语言(&amp;S)</translation>
        </message>
        <message>
            <source>Follow the system's language</source>
            <translation>跟随系统语言</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Database</source>
            <translation>数据库(&amp;D)</translation>
        </message>
        <message>
            <source>E&amp;xamples</source>
            <translation>示例(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Associations Guide</source>
            <translation>关联指南(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Undo History</source>
            <translation>撤销历史</translation>
        </message>
        <message>
            <source>&lt;design opened&gt;</source>
            <translation>&lt;已打开设计&gt;</translation>
        </message>
        <message>
            <source>Open Design</source>
            <translation>打开设计</translation>
        </message>
        <message>
            <source>No recent designs</source>
            <translation>没有最近的设计</translation>
        </message>
        <message>
            <source>No examples found</source>
            <translation>未找到示例</translation>
        </message>
        <message>
            <source>%1 (example)</source>
            <translation>%1（示例）</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n 个模型</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n association(s)</source>
            <translation>
                <numerusform>%n 个关联</numerusform>
            </translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>没有问题</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n 个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n 个警告</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Don't Save</source>
            <translation>不保存(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>The new design</source>
            <translation>新设计</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved. Save them first?</source>
            <translation>%1 有未保存的更改。先保存吗？</translation>
        </message>
        <message>
            <source>%1 cannot be opened:
%2</source>
            <translation>无法打开 %1：
%2</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>Open Example</source>
            <translation>打开示例</translation>
        </message>
        <message>
            <source>%1 cannot be saved: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Save Design</source>
            <translation>保存设计</translation>
        </message>
        <message>
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Save Design As</source>
            <translation>设计另存为</translation>
        </message>
        <message>
            <source>Recover Design</source>
            <translation>恢复设计</translation>
        </message>
        <message>
            <source>Restored the unsaved design. Save it to keep it.</source>
            <translation>已恢复未保存的设计。请保存以保留它。</translation>
        </message>
        <message>
            <source>Add Association</source>
            <translation>添加关联</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>源：</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>目标：</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Export into Folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message>
            <source>Exported %1.

%2</source>
            <translation>已导出 %1。

%2</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>Ctrl+Wheel</source>
            <translation>Ctrl+滚轮</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>平移</translation>
        </message>
        <message>
            <source>Middle button or Space+drag</source>
            <translation>鼠标中键或空格键+拖动</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Relata %1

Design database schemas the way Sequelize v6 describes them: models, associations, and the tables, keys, SQL and methods Sequelize builds from them.</source>
            <translation>Relata %1

按照 Sequelize v6 的方式设计数据库结构：模型、关联，以及 Sequelize 由此构建的表、键、SQL 和方法。</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Language changed. The canvas legend follows when Relata starts next time.</source>
            <translation>语言已更改。画布图例将在下次启动 Relata 时更新。</translation>
        </message>
        <message>
            <source>Read a database's tables into a new design, or merge them into the open one</source>
            <translation>将数据库的表读入新设计，或合并到当前打开的设计中</translation>
        </message>
        <message>
            <source>Import from %1</source>
            <translation>从 %1 导入</translation>
        </message>
        <message>
            <source>%1 has nothing the design does not have already.</source>
            <translation>%1 中没有设计尚未包含的内容。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Imported from %1. Notes:

%2</source>
            <translation>已从 %1 导入。说明：

%2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n model(s) from %1</source>
            <translation>
                <numerusform>已从 %1 导入 %n 个模型</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ModelInspector</name>
        <message>
            <source>A Sequelize data type, with arguments: STRING(64), DECIMAL(10,2), ENUM(draft, published).</source>
            <translation>Sequelize 数据类型，可带参数：STRING(64)、DECIMAL(10,2)、ENUM(draft, published)。</translation>
        </message>
        <message>
            <source>declared</source>
            <translation>已声明</translation>
        </message>
        <message>
            <source>implicit primary key</source>
            <translation>隐式主键</translation>
        </message>
        <message>
            <source>timestamp</source>
            <translation>时间戳</translation>
        </message>
        <message>
            <source>foreign key</source>
            <translation>外键</translation>
        </message>
        <message>
            <source>join key</source>
            <translation>连接键</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Table name:</source>
            <translation>表名(&amp;T)：</translation>
        </message>
        <message>
            <source>Name, singular:</source>
            <translation>名称，单数：</translation>
        </message>
        <message>
            <source>Name, plural:</source>
            <translation>名称，复数：</translation>
        </message>
        <message>
            <source>The model name: the first argument of sequelize.define().</source>
            <translation>模型名称：sequelize.define() 的第一个参数。</translation>
        </message>
        <message>
            <source>options.tableName. Empty: Sequelize derives the table name from the model name.</source>
            <translation>options.tableName。为空：Sequelize 根据模型名称推导表名。</translation>
        </message>
        <message>
            <source>options.name.singular: used in accessor names such as getUser.</source>
            <translation>options.name.singular：用于 getUser 等访问器名称。</translation>
        </message>
        <message>
            <source>options.name.plural: used in accessor names such as getUsers.</source>
            <translation>options.name.plural：用于 getUsers 等访问器名称。</translation>
        </message>
        <message>
            <source>timestamps</source>
            <translation>timestamps</translation>
        </message>
        <message>
            <source>options.timestamps: createdAt and updatedAt columns (default: on).</source>
            <translation>options.timestamps：createdAt 和 updatedAt 列（默认：开启）。</translation>
        </message>
        <message>
            <source>underscored</source>
            <translation>underscored</translation>
        </message>
        <message>
            <source>options.underscored: snake_case column names for generated columns.</source>
            <translation>options.underscored：生成的列使用 snake_case 列名。</translation>
        </message>
        <message>
            <source>freezeTableName</source>
            <translation>freezeTableName</translation>
        </message>
        <message>
            <source>options.freezeTableName: the table name is the model name, not its plural.</source>
            <translation>options.freezeTableName：表名就是模型名，而不是其复数。</translation>
        </message>
        <message>
            <source>paranoid</source>
            <translation>paranoid</translation>
        </message>
        <message>
            <source>options.paranoid: destroy() sets deletedAt instead of deleting the row.</source>
            <translation>options.paranoid：destroy() 设置 deletedAt 而不是删除该行。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Null</source>
            <translation>可空</translation>
        </message>
        <message>
            <source>PK</source>
            <translation>主键</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自增</translation>
        </message>
        <message>
            <source>Unique</source>
            <translation>唯一</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>References</source>
            <translation>引用</translation>
        </message>
        <message>
            <source>The attribute name (the key in define()'s attributes).</source>
            <translation>属性名称（define() 属性中的键）。</translation>
        </message>
        <message>
            <source>A Sequelize data type: STRING, STRING(64), INTEGER, DECIMAL(10,2), ENUM(a, b) ...</source>
            <translation>Sequelize 数据类型：STRING、STRING(64)、INTEGER、DECIMAL(10,2)、ENUM(a, b) ……</translation>
        </message>
        <message>
            <source>allowNull (checked: NULL allowed, the default).</source>
            <translation>allowNull（勾选：允许 NULL，默认值）。</translation>
        </message>
        <message>
            <source>primaryKey</source>
            <translation>primaryKey</translation>
        </message>
        <message>
            <source>autoIncrement</source>
            <translation>autoIncrement</translation>
        </message>
        <message>
            <source>unique: true, or a key name shared by several attributes.</source>
            <translation>unique：true，或多个属性共用的键名。</translation>
        </message>
        <message>
            <source>defaultValue: a number, true/false, text, or NOW / UUIDV4.</source>
            <translation>defaultValue：数字、true/false、文本，或 NOW / UUIDV4。</translation>
        </message>
        <message>
            <source>references: table.key (a TABLE name, as in Sequelize).</source>
            <translation>references：表.键（与 Sequelize 一样是“表”名）。</translation>
        </message>
        <message>
            <source>Remove the selected attributes</source>
            <translation>删除所选属性</translation>
        </message>
        <message>
            <source>Move up (column order is attribute order)</source>
            <translation>上移（列顺序即属性顺序）</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>添加者</translation>
        </message>
        <message>
            <source>Model %1</source>
            <translation>模型 %1</translation>
        </message>
        <message>
            <source>Table (not built: the design has an error before this model)</source>
            <translation>表（未构建：设计在此模型之前有错误）</translation>
        </message>
        <message>
            <source>Table "%1" as Sequelize builds it</source>
            <translation>Sequelize 构建的表“%1”</translation>
        </message>
        <message>
            <source>Rename model %1 to %2</source>
            <translation>将模型 %1 重命名为 %2</translation>
        </message>
        <message>
            <source>Clear tableName of %1</source>
            <translation>清除 %1 的 tableName</translation>
        </message>
        <message>
            <source>Set tableName of %1 to %2</source>
            <translation>将 %1 的 tableName 设为 %2</translation>
        </message>
        <message>
            <source>Set name.%1 of %2 to "%3"</source>
            <translation>将 %2 的 name.%1 设为“%3”</translation>
        </message>
        <message>
            <source>Turn on %1 of %2</source>
            <translation>开启 %2 的 %1</translation>
        </message>
        <message>
            <source>Turn off %1 of %2</source>
            <translation>关闭 %2 的 %1</translation>
        </message>
        <message>
            <source>Rename attribute %1 to %2</source>
            <translation>将属性 %1 重命名为 %2</translation>
        </message>
        <message>
            <source>Set type of %1 to %2</source>
            <translation>将 %1 的类型设为 %2</translation>
        </message>
        <message>
            <source>Set unique of %1 to %2</source>
            <translation>将 %1 的 unique 设为 %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Set default of %1 to %2</source>
            <translation>将 %1 的默认值设为 %2</translation>
        </message>
        <message>
            <source>Set references of %1 to %2</source>
            <translation>将 %1 的 references 设为 %2</translation>
        </message>
        <message>
            <source>%1 already has an attribute "%2".</source>
            <translation>%1 已有属性“%2”。</translation>
        </message>
        <message>
            <source>Add attribute %1.%2</source>
            <translation>添加属性 %1.%2</translation>
        </message>
        <message numerus="yes">
            <source>Remove attribute %1 of %2</source>
            <translation>
                <numerusform>删除 %2 的属性 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Move attribute %1.%2</source>
            <translation>移动属性 %1.%2</translation>
        </message>
        <message>
            <source>Add an attribute (%1)</source>
            <translation>添加属性（%1）</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::PaletteDock</name>
        <message>
            <source>Palette</source>
            <translation>调色板</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::PaletteWidget</name>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Drag onto the canvas to add a model</source>
            <translation>拖到画布上以添加模型</translation>
        </message>
        <message>
            <source>Drag a model's handle (the ring in its header) onto another model, or back onto itself, to add an association.</source>
            <translation>将模型的手柄（标题栏中的圆环）拖到另一个模型上，或拖回自身，即可添加关联。</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::ProblemsDock</name>
        <message>
            <source>Severity</source>
            <translation>严重性</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>No problems: Sequelize accepts this design and Relata has no warnings.</source>
            <translation>没有问题：Sequelize 接受此设计，Relata 也没有警告。</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Problems (%1)</source>
            <translation>问题（%1）</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <translation>修复：%1</translation>
        </message>
        <message>
            <source>At: %1</source>
            <translation>位置：%1</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::RecoveryPrompt</name>
        <message>
            <source>Recover Unsaved Designs</source>
            <translation>恢复未保存的设计</translation>
        </message>
        <message>
            <source>Relata did not end normally last time. These designs had changes that were not saved. Restore one to keep working on it; you choose where to save it.</source>
            <translation>Relata 上次没有正常退出。这些设计有未保存的更改。恢复其中一个以继续工作；保存位置由您决定。</translation>
        </message>
        <message>
            <source>Untitled design</source>
            <translation>未命名设计</translation>
        </message>
        <message>
            <source>%1 — autosaved %2</source>
            <translation>%1 — 自动保存于 %2</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>丢弃(&amp;D)</translation>
        </message>
        <message>
            <source>Decide &amp;Later</source>
            <translation>稍后决定(&amp;L)</translation>
        </message>
        <message>
            <source>Delete the selected recovery copy</source>
            <translation>删除所选的恢复副本</translation>
        </message>
        <message>
            <source>Keep the recovery copies and ask again next time</source>
            <translation>保留恢复副本，下次再询问</translation>
        </message>
    </context>
    <context>
        <name>relata::ui::SyncDialog</name>
        <message>
            <source>the database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>the database name</source>
            <translation>数据库名称</translation>
        </message>
        <message>
            <source>safe</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>data loss</source>
            <translation>数据丢失</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>受阻</translation>
        </message>
        <message>
            <source>Sync with a Database</source>
            <translation>与数据库同步</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>模式(&amp;M)：</translation>
        </message>
        <message>
            <source>alter: make the database match the design</source>
            <translation>alter：使数据库与设计一致</translation>
        </message>
        <message>
            <source>create: only add what is missing</source>
            <translation>create：只添加缺少的内容</translation>
        </message>
        <message>
            <source>force: drop every table and recreate</source>
            <translation>force：删除所有表并重新创建</translation>
        </message>
        <message>
            <source>Allow data loss</source>
            <translation>允许数据丢失</translation>
        </message>
        <message>
            <source>Steps that lose stored values run only when this is checked.</source>
            <translation>只有勾选此项时，会丢失已存数据的步骤才会执行。</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>Read the database and plan the steps that make it match the design (changes nothing).</source>
            <translation>读取数据库并规划使其与设计一致的步骤（不做任何更改）。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The design has an error (Sequelize would throw): %1 Fix it first; the database was not touched.</source>
            <translation>设计有错误（Sequelize 会抛出异常）：%1 请先修复；数据库未被改动。</translation>
        </message>
        <message>
            <source>The design has no models yet: there is nothing to sync.</source>
            <translation>设计中还没有模型：没有可同步的内容。</translation>
        </message>
        <message>
            <source>Cannot read the schema of %1: %2</source>
            <translation>无法读取 %1 的结构：%2</translation>
        </message>
        <message>
            <source>%1 already matches the design: nothing to do.</source>
            <translation>%1 已与设计一致：无需操作。</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) for %1</source>
            <translation>
                <numerusform>%1 需 %n 个步骤</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lose(s) data</source>
            <translation>
                <numerusform>%n 个会丢失数据</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot run on the data as it is</source>
            <translation>
                <numerusform>%n 个无法在现有数据上执行</numerusform>
            </translation>
        </message>
        <message>
            <source>applied in one transaction</source>
            <translation>在一个事务中应用</translation>
        </message>
        <message>
            <source>MySQL/MariaDB: each step commits on its own</source>
            <translation>MySQL/MariaDB：每个步骤单独提交</translation>
        </message>
        <message>
            <source>In sync.</source>
            <translation>已同步。</translation>
        </message>
        <message>
            <source>Review the plan, then Apply.</source>
            <translation>请检查计划，然后点击“应用”。</translation>
        </message>
        <message>
            <source>Force drops every table of %1 and recreates the design: all rows are lost. Continue?</source>
            <translation>force 会删除 %1 的所有表并重新创建设计：所有行都将丢失。继续吗？</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of this plan lose data. Continue?</source>
            <translation>
                <numerusform>此计划有 %n 个步骤会丢失数据。继续吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply Plan</source>
            <translation>应用计划</translation>
        </message>
        <message>
            <source>Checked: the database now matches the design.</source>
            <translation>已检查：数据库现在与设计一致。</translation>
        </message>
        <message numerus="yes">
            <source>Note: a new comparison still finds %n step(s).</source>
            <translation>
                <numerusform>注意：重新比较仍发现 %n 个步骤。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %n step(s).</source>
            <translation>
                <numerusform>已应用 %n 个步骤。</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan failed at step %1: %2</source>
            <translation>计划在第 %1 步失败：%2</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>第 %1 步，共 %2 步：%3</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n step(s) applied</source>
            <translation>
                <numerusform>已应用 %1/%n 个步骤</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2 failed</source>
            <translation>第 %1 步（共 %2 步）失败</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of this plan would lose data (marked "data loss"): check "Allow data loss" to apply them.</source>
            <translation>
                <numerusform>此计划有 %n 个步骤会丢失数据（标记为“数据丢失”）：勾选“允许数据丢失”后才能应用。</numerusform>
            </translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
</TS>
