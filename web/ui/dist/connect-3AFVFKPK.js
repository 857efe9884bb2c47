"use strict";(()=>{var be,k,He,ut,z,Ue,Qe,je,ve,pe,ie,Ge,$e,ke,De,dt,ye={},ge=[],pt=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ce=Array.isArray;function j(e,n){for(var t in n)e[t]=n[t];return e}function xe(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ft(e,n,t){var o,s,r,a={};for(r in n)r=="key"?o=n[r]:r=="ref"?s=n[r]:a[r]=n[r];if(arguments.length>2&&(a.children=arguments.length>3?be.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(r in e.defaultProps)a[r]===void 0&&(a[r]=e.defaultProps[r]);return fe(e,a,o,s,null)}function fe(e,n,t,o,s){var r={type:e,props:n,key:t,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++He,__i:-1,__u:0};return s==null&&k.vnode!=null&&k.vnode(r),r}function F(e){return e.children}function me(e,n){this.props=e,this.context=n}function J(e,n){if(n==null)return e.__?J(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?J(e):null}function mt(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,o=[],s=[],r=j({},n);r.__v=n.__v+1,k.vnode&&k.vnode(r),Te(e.__P,r,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,o,t??J(n),!!(32&n.__u),s),r.__v=n.__v,r.__.__k[r.__i]=r,Ze(o,r,s),n.__e=n.__=null,r.__e!=t&&ze(r)}}function ze(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ze(e)}function Le(e){(!e.__d&&(e.__d=!0)&&z.push(e)&&!he.__r++||Ue!=k.debounceRendering)&&((Ue=k.debounceRendering)||Qe)(he)}function he(){try{for(var e,n=1;z.length;)z.length>n&&z.sort(je),e=z.shift(),n=z.length,mt(e)}finally{z.length=he.__r=0}}function Ye(e,n,t,o,s,r,a,l,u,c,f){var A,i,d,_,S,D,m=o&&o.__k||ge,y=n.length;for(u=yt(t,n,m,u,y),A=0;A<y;A++)(d=t.__k[A])!=null&&(i=d.__i!=-1&&m[d.__i]||ye,d.__i=A,D=Te(e,d,i,s,r,a,l,u,c,f),_=d.__e,d.ref&&i.ref!=d.ref&&(i.ref&&Ie(i.ref,null,d),f.push(d.ref,d.__c||_,d)),S==null&&_!=null&&(S=_),4&d.__u?(u=Je(d,u,e),i.__e&&(i.__e=null)):typeof d.type=="function"&&D!==void 0?u=D:_&&(u=_.nextSibling),d.__u&=-7);return t.__e=S,u}function yt(e,n,t,o,s){var r,a,l,u,c,f=t.length,A=f,i=0;for(e.__k=new Array(s),r=0;r<s;r++)(a=n[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[r]=fe(null,a,null,null,null):Ce(a)?a=e.__k[r]=fe(F,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[r]=fe(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[r]=a,u=r+i,a.__=e,a.__b=e.__b+1,l=null,(c=a.__i=gt(a,t,u,A))!=-1&&(A--,(l=t[c])&&(l.__u|=2)),l==null||l.__v==null?(c==-1&&(s>f?i--:s<f&&i++),typeof a.type!="function"&&(a.__u|=4)):c!=u&&(c==u-1?i--:c==u+1?i++:(c>u?i--:i++,a.__u|=4))):e.__k[r]=null;if(A)for(r=0;r<f;r++)(l=t[r])!=null&&(2&l.__u)==0&&(l.__e==o&&(o=J(l)),nn(l,l));return o}function Je(e,n,t){var o,s;if(typeof e.type=="function"){for(o=e.__k,s=0;o&&s<o.length;s++)o[s]&&(o[s].__=e,n=Je(o[s],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=J(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function gt(e,n,t,o){var s,r,a,l=e.key,u=e.type,c=n[t],f=c!=null&&(2&c.__u)==0;if(c===null&&l==null||f&&l==c.key&&u==c.type)return t;if(o>(f?1:0)){for(s=t-1,r=t+1;s>=0||r<n.length;)if((c=n[a=s>=0?s--:r++])!=null&&(2&c.__u)==0&&l==c.key&&u==c.type)return a}return-1}function Fe(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||pt.test(n)?t:t+"px"}function de(e,n,t,o,s){var r,a;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)t&&n in t||Fe(e.style,n,"");if(t)for(n in t)o&&t[n]==o[n]||Fe(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")r=n!=(n=n.replace(Ge,"$1")),a=n.toLowerCase(),n=a in e||n=="onFocusOut"||n=="onFocusIn"?a.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+r]=t,t?o?t[ie]=o[ie]:(t[ie]=$e,e.addEventListener(n,r?De:ke,r)):e.removeEventListener(n,r?De:ke,r);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function Be(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[pe]==null)n[pe]=$e++;else if(n[pe]<t[ie])return;return t(k.event?k.event(n):n)}}}function Te(e,n,t,o,s,r,a,l,u,c){var f,A,i,d,_,S,D,m,y,h,W,N,M,Z,L,G,K=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),r=[l=n.__e=t.__e]),(f=k.__b)&&f(n);e:if(typeof K=="function"){A=a.length;try{if(y=n.props,h=K.prototype&&K.prototype.render,W=(f=K.contextType)&&o[f.__c],N=f?W?W.props.value:f.__:o,t.__c?m=(i=n.__c=t.__c).__=i.__E:(h?n.__c=i=new K(y,N):(n.__c=i=new me(y,N),i.constructor=K,i.render=bt),W&&W.sub(i),i.state||(i.state={}),i.__n=o,d=i.__d=!0,i.__h=[],i._sb=[]),h&&i.__s==null&&(i.__s=i.state),h&&K.getDerivedStateFromProps!=null&&(i.__s==i.state&&(i.__s=j({},i.__s)),j(i.__s,K.getDerivedStateFromProps(y,i.__s))),_=i.props,S=i.state,i.__v=n,d)h&&K.getDerivedStateFromProps==null&&i.componentWillMount!=null&&i.componentWillMount(),h&&i.componentDidMount!=null&&i.__h.push(i.componentDidMount);else{if(h&&K.getDerivedStateFromProps==null&&y!==_&&i.componentWillReceiveProps!=null&&i.componentWillReceiveProps(y,N),n.__v==t.__v||!i.__e&&i.shouldComponentUpdate!=null&&i.shouldComponentUpdate(y,i.__s,N)===!1){n.__v!=t.__v&&(i.props=y,i.state=i.__s,i.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(H){H&&(H.__=n)}),ge.push.apply(i.__h,i._sb),i._sb=[],i.__h.length&&a.push(i),l=J(t);break e}i.componentWillUpdate!=null&&i.componentWillUpdate(y,i.__s,N),h&&i.componentDidUpdate!=null&&i.__h.push(function(){i.componentDidUpdate(_,S,D)})}if(i.context=N,i.props=y,i.__P=e,i.__e=!1,M=k.__r,Z=0,h)i.state=i.__s,i.__d=!1,M&&M(n),f=i.render(i.props,i.state,i.context),ge.push.apply(i.__h,i._sb),i._sb=[];else do i.__d=!1,M&&M(n),f=i.render(i.props,i.state,i.context),i.state=i.__s;while(i.__d&&++Z<25);i.state=i.__s,i.getChildContext!=null&&(o=j(j({},o),i.getChildContext())),h&&!d&&i.getSnapshotBeforeUpdate!=null&&(D=i.getSnapshotBeforeUpdate(_,S)),L=f!=null&&f.type===F&&f.key==null?en(f.props.children):f,l=Ye(e,Ce(L)?L:[L],n,t,o,s,r,a,l,u,c),i.base=n.__e,n.__u&=-161,i.__h.length&&a.push(i),m&&(i.__E=i.__=null)}catch(H){if(a.length=A,n.__v=null,u||r!=null){if(H.then){for(n.__u|=u?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;r!=null&&(r[r.indexOf(l)]=null),n.__e=l}else if(r!=null)for(G=r.length;G--;)xe(r[G])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),H.then||Xe(n),k.__e(H,n,t)}}else r==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):l=n.__e=ht(t.__e,n,t,o,s,r,a,u,c);return(f=k.diffed)&&f(n),128&n.__u?void 0:l}function Xe(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Xe))}function Ze(e,n,t){for(var o=0;o<t.length;o++)Ie(t[o],t[++o],t[++o]);k.__c&&k.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){k.__e(r,s.__v)}})}function en(e){return typeof e!="object"||e==null||e.__b>0?e:Ce(e)?e.map(en):e.constructor!==void 0?null:j({},e)}function ht(e,n,t,o,s,r,a,l,u){var c,f,A,i,d,_,S,D=t.props||ye,m=n.props,y=n.type;if(y=="svg"?s="http://www.w3.org/2000/svg":y=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r!=null){for(c=0;c<r.length;c++)if((d=r[c])&&"setAttribute"in d==!!y&&(y?d.localName==y:d.nodeType==3)){e=d,r[c]=null;break}}if(e==null){if(y==null)return document.createTextNode(m);e=document.createElementNS(s,y,m.is&&m),l&&(k.__m&&k.__m(n,r),l=!1),r=null}if(y==null)D===m||l&&e.data==m||(e.data=m);else{if(r=y=="textarea"&&m.defaultValue!=null?null:r&&be.call(e.childNodes),!l&&r!=null)for(D={},c=0;c<e.attributes.length;c++)D[(d=e.attributes[c]).name]=d.value;for(c in D)d=D[c],c=="dangerouslySetInnerHTML"?A=d:c=="children"||c in m||c=="value"&&"defaultValue"in m||c=="checked"&&"defaultChecked"in m||de(e,c,null,d,s);for(c in m)d=m[c],c=="children"?i=d:c=="dangerouslySetInnerHTML"?f=d:c=="value"?_=d:c=="checked"?S=d:l&&typeof d!="function"||D[c]===d||de(e,c,d,D[c],s);if(f)l||A&&(f.__html==A.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[];else if(A&&(e.innerHTML=""),Ye(n.type=="template"?e.content:e,Ce(i)?i:[i],n,t,o,y=="foreignObject"?"http://www.w3.org/1999/xhtml":s,r,a,r?r[0]:t.__k&&J(t,0),l,u),r!=null)for(c=r.length;c--;)xe(r[c]);l&&y!="textarea"||(c="value",y=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[c]||y=="progress"&&!_||y=="option"&&_!=D[c])&&de(e,c,_,D[c],s),c="checked",S!=null&&S!=e[c]&&de(e,c,S,D[c],s))}return e}function Ie(e,n,t){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&n==null||(e.__u=e(n))}else e.current=n}catch(s){k.__e(s,t)}}function nn(e,n,t){var o,s;if(k.unmount&&k.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||Ie(o,null,n)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(r){k.__e(r,n)}o.base=o.__P=o.__n=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&nn(o[s],n,t||typeof e.type!="function");t||xe(e.__e),e.__c=e.__=e.__e=void 0}function bt(e,n,t){return this.constructor(e,t)}function we(e,n,t){var o,s,r,a;n==document&&(n=document.documentElement),k.__&&k.__(e,n),s=(o=typeof t=="function")?null:t&&t.__k||n.__k,r=[],a=[],Te(n,e=(!o&&t||n).__k=ft(F,null,[e]),s||ye,ye,n.namespaceURI,!o&&t?[t]:s?null:n.firstChild?be.call(n.childNodes):null,r,!o&&t?t:s?s.__e:n.firstChild,o,a),Ze(r,e,a),e.props.children=null}be=ge.slice,k={__e:function(e,n,t,o){for(var s,r,a;n=n.__;)if((s=n.__c)&&!s.__)try{if((r=s.constructor)&&r.getDerivedStateFromError!=null&&(s.setState(r.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),a=s.__d),a)return s.__E=s}catch(l){e=l}throw e}},He=0,ut=function(e){return e!=null&&e.constructor===void 0},me.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=j({},this.state),typeof e=="function"&&(e=e(j({},t),this.props)),e&&j(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Le(this))},me.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Le(this))},me.prototype.render=F,z=[],Qe=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,je=function(e,n){return e.__v.__b-n.__v.__b},he.__r=0,ve=Math.random().toString(8),pe="__d"+ve,ie="__a"+ve,Ge=/(PointerCapture)$|Capture$/i,$e=0,ke=Be(!1),De=Be(!0),dt=0;var te,x,Se,tn,se=0,dn=[],w=k,on=w.__b,rn=w.__r,sn=w.diffed,an=w.__c,cn=w.unmount,ln=w.__;function Ee(e,n){w.__h&&w.__h(x,e,se||n),se=0;var t=x.__H||(x.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function B(e){return se=1,Ct(gn,e)}function Ct(e,n,t){var o=Ee(te++,2);if(o.t=e,!o.__c&&(o.__=[t?t(n):gn(void 0,n),function(l){var u=o.__N?o.__N[0]:o.__[0],c=o.t(u,l);u!==c&&(o.__N=[c,o.__[1]],o.__c.setState({}))}],o.__c=x,!x.__f)){var s=function(l,u,c){if(!o.__c.__H)return!0;var f=!1,A=o.__c.props!==l;if(o.__c.__H.__.some(function(d){if(d.__N){f=!0;var _=d.__[0];d.__=d.__N,d.__N=void 0,_!==d.__[0]&&(A=!0)}}),r){var i=r.call(this,l,u,c);return f?i||A:i}return!f||A};x.__f=!0;var r=x.shouldComponentUpdate,a=x.componentWillUpdate;x.componentWillUpdate=function(l,u,c){if(this.__e){var f=r;r=void 0,s(l,u,c),r=f}a&&a.call(this,l,u,c)},x.shouldComponentUpdate=s}return o.__N||o.__}function X(e,n){var t=Ee(te++,3);!w.__s&&yn(t.__H,n)&&(t.__=e,t.u=n,x.__H.__h.push(t))}function oe(e){return se=5,pn(function(){return{current:e}},[])}function pn(e,n){var t=Ee(te++,7);return yn(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function fn(e,n){return se=8,pn(function(){return e},n)}function mn(){var e=Ee(te++,11);if(!e.__){for(var n=x.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var t=n.__m||(n.__m=[0,0]);e.__="P"+t[0]+"-"+t[1]++}return e.__}function _t(){for(var e;e=dn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(_e),n.__h.some(Re),n.__h=[]}catch(t){n.__h=[],w.__e(t,e.__v)}}}w.__b=function(e){x=null,on&&on(e)},w.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),ln&&ln(e,n)},w.__r=function(e){rn&&rn(e),te=0;var n=(x=e.__c).__H;n&&(Se===x?(n.__h=[],x.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(_e),n.__h.some(Re),n.__h=[],te=0)),Se=x},w.diffed=function(e){sn&&sn(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(dn.push(n)!==1&&tn===w.requestAnimationFrame||((tn=w.requestAnimationFrame)||Et)(_t)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),Se=x=null},w.__c=function(e,n){n.some(function(t){try{t.__h.some(_e),t.__h=t.__h.filter(function(o){return!o.__||Re(o)})}catch(o){n.some(function(s){s.__h&&(s.__h=[])}),n=[],w.__e(o,t.__v)}}),an&&an(e,n)},w.unmount=function(e){cn&&cn(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(o){try{_e(o)}catch(s){n=s}}),t.__H=void 0,n&&w.__e(n,t.__v))};var un=typeof requestAnimationFrame=="function";function Et(e){var n,t=function(){clearTimeout(o),un&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(t,35);un&&(n=requestAnimationFrame(t))}function _e(e){var n=x,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),x=n}function Re(e){var n=x;e.__c=e.__(),x=n}function yn(e,n){return!e||e.length!==n.length||n.some(function(t,o){return t!==e[o]})}function gn(e,n){return typeof n=="function"?n(e):n}function V(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Y(e){return V(e)==="object"}function At(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function Pe(e,n){return e.length<124?e:n}var hn="graphql-transport-ws";var O=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(O||{}),U=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(U||{});function bn(e){if(!Y(e))throw new Error(`Message is expected to be an object, but got ${V(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${V(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${V(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${V(e.payload.query)}`);if(e.payload.variables!=null&&!Y(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${V(e.payload.variables)}`);if(e.payload.operationName!=null&&V(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${V(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Y(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${V(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${V(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!At(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Cn(e,n){return bn(typeof e=="string"?JSON.parse(e,n):e)}function re(e,n){return bn(e),JSON.stringify(e,n)}function Ne(e){let{url:n,connectionParams:t,lazy:o=!0,onNonLazyError:s=console.error,lazyCloseTimeout:r=0,keepAlive:a=0,disablePong:l,connectionAckWaitTimeout:u=0,retryAttempts:c=5,retryWait:f=async function($){let g=Math.pow(2,$);await new Promise(v=>setTimeout(v,g*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:A=We,on:i,webSocketImpl:d,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,$=>{let g=Math.random()*16|0;return($=="x"?g:g&3|8).toString(16)})},jsonMessageReplacer:S,jsonMessageReviver:D}=e,m;if(d){if(!kt(d))throw new Error("Invalid WebSocket implementation provided");m=d}else typeof WebSocket<"u"?m=WebSocket:typeof global<"u"?m=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(m=window.WebSocket||window.MozWebSocket);if(!m)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let y=m,h=(()=>{let b=(()=>{let g={};return{on(v,T){return g[v]=T,()=>{delete g[v]}},emit(v){"id"in v&&g[v.id]?.(v)}}})(),$={connecting:i?.connecting?[i.connecting]:[],opened:i?.opened?[i.opened]:[],connected:i?.connected?[i.connected]:[],ping:i?.ping?[i.ping]:[],pong:i?.pong?[i.pong]:[],message:i?.message?[b.emit,i.message]:[b.emit],closed:i?.closed?[i.closed]:[],error:i?.error?[i.error]:[]};return{onMessage:b.on,on(g,v){let T=$[g];return T.push(v),()=>{let I=T.indexOf(v);I>-1&&T.splice(I,1)}},emit(g,...v){for(let T of[...$[g]])T(...v)}}})();function W(b){let $=[h.on("error",g=>{$.forEach(v=>v()),b(g)}),h.on("closed",g=>{$.forEach(v=>v()),b(g)})];return()=>$.forEach(g=>g())}let N,M=0,Z,L=!1,G=0,K=!1;async function H(){clearTimeout(Z);let[b,$]=await(N??(N=new Promise((T,I)=>(async()=>{if(L){if(await f(G),!M)return N=void 0,I({code:1e3,reason:"All Subscriptions Gone"});G++}h.emit("connecting",L);let E=new y(typeof n=="function"?await n():n,hn),Q,ee;function ue(){isFinite(a)&&a>0&&(clearTimeout(ee),ee=setTimeout(()=>{E.readyState===y.OPEN&&(E.send(re({type:U.Ping})),h.emit("ping",!1,void 0))},a))}W(P=>{N=void 0,clearTimeout(Q),clearTimeout(ee),I(P),P instanceof ae&&(E.close(4499,"Terminated"),E.onerror=null,E.onclose=null)}),E.onerror=P=>h.emit("error",P),E.onclose=P=>h.emit("closed",P),E.onopen=async()=>{try{h.emit("opened",E);let P=typeof t=="function"?await t():t;if(E.readyState!==y.OPEN)return;E.send(re(P?{type:U.ConnectionInit,payload:P}:{type:U.ConnectionInit},S)),isFinite(u)&&u>0&&(Q=setTimeout(()=>{E.close(O.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),ue()}catch(P){h.emit("error",P),E.close(O.InternalClientError,Pe(P instanceof Error?P.message:String(P),"Internal client error"))}};let ne=!1;E.onmessage=({data:P})=>{try{let R=Cn(P,D);if(h.emit("message",R),R.type==="ping"||R.type==="pong"){h.emit(R.type,!0,R.payload),R.type==="pong"?ue():l||(E.send(re(R.payload?{type:U.Pong,payload:R.payload}:{type:U.Pong},S)),h.emit("pong",!1,R.payload));return}if(ne)return;if(R.type!==U.ConnectionAck)throw new Error(`First message cannot be of type ${R.type}`);clearTimeout(Q),ne=!0,h.emit("connected",E,R.payload,L),L=!1,G=0;let Oe=new Promise((Wt,lt)=>W(lt));Oe.catch(()=>{}),T([E,Oe])}catch(R){E.onmessage=null,h.emit("error",R),E.close(O.BadResponse,Pe(R instanceof Error?R.message:String(R),"Bad response"))}}})())));b.readyState===y.CLOSING&&await $;let g=()=>{},v=new Promise(T=>g=T);return[b,g,new Promise((T,I)=>{let E=W(I);b.readyState!==y.OPEN&&$.catch(I),v.then(()=>{if(E(),!M){let Q=()=>b.close(1e3,"Normal Closure");isFinite(r)&&r>0?(clearTimeout(Z),Z=setTimeout(()=>{!M&&b.readyState===y.OPEN&&Q()},r)):Q()}T()})})]}function Ve(b){if(We(b)&&(vt(b.code)||[O.InternalServerError,O.InternalClientError,O.BadRequest,O.BadResponse,O.Unauthorized,O.SubprotocolNotAcceptable,O.SubscriberAlreadyExists,O.TooManyInitialisationRequests].includes(b.code)))throw b;if(K)return!1;if(We(b)&&b.code===1e3)return M>0;if(!c||G>=c||!A(b))throw b;return L=!0}o||(async()=>{for(M++;;)try{let[,,b]=await H();await b}catch(b){try{if(!Ve(b))return}catch($){return s?.($)}}})();function Ke(b,$){let g=_(b),v=!1,T=!1,I=()=>{M--,v=!0};return(async()=>{for(M++;;)try{let[E,Q,ee]=await H();if(v)return ee.catch(()=>{}),Q();let ue=h.onMessage(g,ne=>{switch(ne.type){case U.Next:{$.next(ne.payload);return}case U.Error:{T=!0,v=!0,$.error(ne.payload),I();return}case U.Complete:{v=!0,I();return}}});E.send(re({id:g,type:U.Subscribe,payload:b},S)),I=()=>{!v&&E.readyState===y.OPEN&&E.send(re({id:g,type:U.Complete},S)),M--,v=!0,Q()},await ee.finally(ue);return}catch(E){if(!Ve(E))return}})().then(()=>{T||$.complete()}).catch(E=>{$.error(E)}),()=>{v||I()}}return{on:h.on,subscribe:Ke,iterate(b){let $=[],g={done:!1,error:null,resolve:()=>{}},v=Ke(b,{next(I){$.push(I),g.resolve()},error(I){g.done=!0,g.error=I,g.resolve()},complete(){g.done=!0,g.resolve()}}),T=(async function*(){for(;;){for($.length||await new Promise(E=>g.resolve=E);$.length;)yield $.shift();if(g.error)throw g.error;if(g.done)return}})();return T.throw=async I=>(g.done||(g.done=!0,g.error=I,g.resolve()),{done:!0,value:void 0}),T.return=async()=>(v(),{done:!0,value:void 0}),T},async dispose(){if(K=!0,N){let[b]=await N;b.close(1e3,"Normal Closure")}},terminate(){N&&h.emit("closed",new ae)}}}var ae=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function We(e){return Y(e)&&"code"in e&&"reason"in e}function vt(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function kt(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var q=class extends Error{constructor(t,o){super(o.map(s=>`${_n(s)}: ${s.message}`).join("; "));this.status=t;this.errors=o}status;errors;get code(){return this.errors[0]?_n(this.errors[0]):"UNKNOWN"}};function _n(e){return e.extensions?.code??"UNKNOWN"}var Ae=class{constructor(n,t){this.key=t;let o=new URL("graphql",n),s=new URL(o);s.protocol=o.protocol==="https:"?"wss:":"ws:",this.http=o.href,this.ws=s.href}key;http;ws;socket;open=!1;async run(n,...[t]){let o;try{o=await fetch(this.http,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",Authorization:`Bearer ${this.key}`},body:JSON.stringify({query:n.toString(),variables:t??{}})})}catch{throw new q(0,[{message:"the server could not be reached",extensions:{code:"NETWORK"}}])}let s;try{s=await o.json()}catch{throw new q(o.status,[{message:`the server answered ${o.status} without a GraphQL body`,extensions:{code:"HTTP"}}])}if(s.errors?.length||s.data==null)throw new q(o.status,s.errors??[]);return s.data}subscribe(n,t,o,s,r){this.socket??=Ne({url:this.ws,connectionParams:{Authorization:`Bearer ${this.key}`},lazy:!0,shouldRetry:u=>!(u instanceof CloseEvent&&(u.code===4401||u.code===4403)),retryAttempts:5,on:{connected:()=>this.open=!0,closed:()=>this.open=!1}});let a=()=>{};r&&this.open?setTimeout(r):r&&(a=this.socket.on("connected",()=>setTimeout(r)));let l=this.socket.subscribe({query:n.toString(),variables:t},{next:u=>{u.errors?.length?s(new q(200,u.errors)):u.data&&o(u.data)},error:u=>s(Dt(u)),complete:()=>{}});return()=>{a(),l()}}close(){this.socket?.dispose(),this.socket=void 0}};function Dt(e){if(Array.isArray(e))return new q(200,e);if(e instanceof CloseEvent){let n=e.code===4401?"UNAUTHENTICATED":e.code===4403?"FORBIDDEN":"CLOSED";return new q(0,[{message:e.reason||`the live connection closed (${e.code})`,extensions:{code:n}}])}return new q(0,[{message:"the live connection failed",extensions:{code:"NETWORK"}}])}var $t=0;function p(e,n,t,o,s,r){n||(n={});var a,l,u=n;if("ref"in u)for(l in u={},n)l=="ref"?a=n[l]:u[l]=n[l];var c={type:e,props:u,key:t,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--$t,__i:-1,__u:0,__source:s,__self:r};if(typeof e=="function"&&(a=e.defaultProps))for(l in a)u[l]===void 0&&(u[l]=a[l]);return k.vnode&&k.vnode(c),c}function En(){try{return JSON.parse(document.getElementById("app")?.dataset.config??"{}")}catch{return{}}}function qe({error:e}){if(!e)return null;let n=e instanceof q?e:void 0,t=n?.errors.length?n.errors:[{message:String(e?.message??e),extensions:{code:"ERROR"}}];return p("div",{class:"error",role:"alert",children:t.map((o,s)=>{let r=(o.extensions?.fields??[]).filter(a=>!o.message.includes(a.message));return p("div",{children:[p("code",{class:"code",children:o.extensions?.code??"UNKNOWN"})," ",o.message,r.length?p("ul",{children:r.map(a=>p("li",{children:[p("code",{children:a.field}),": ",a.message]},a.field))}):null]},s)})})}function An(e){let n=mn(),t=e.hint?`${n}-hint`:void 0;return p("div",{class:"field",children:[p("label",{for:n,children:e.label}),e.children(n,t),e.hint?p("small",{id:t,class:"hint",children:e.hint}):null]})}function vn(e,n){let t={};for(let o of e){let s=n[o.name]??"";if(s===""){o.required&&(t[o.name]=`${o.label} is required.`);continue}o.pattern&&!xt(o.pattern,s)&&(t[o.name]=`${o.label} does not have the expected form.`)}return t}function xt(e,n){try{return new RegExp(`^(?:${e})$`,"u").test(n)}catch{return!0}}function kn(e,n){let t={};for(let o of e){let s=n[o.name];s&&(t[o.name]=s)}return t}function Dn(e){return p(F,{children:e.type.fields.map(n=>p(An,{label:n.label+(n.required?"":" (optional)"),hint:e.problems[n.name],children:(t,o)=>p("input",{id:t,name:n.name,type:n.secret?"password":"text",autocomplete:"off",spellcheck:!1,required:n.required,"aria-invalid":e.problems[n.name]?"true":void 0,"aria-describedby":o,value:e.values[n.name]??"",onInput:s=>e.onInput(n.name,s.target.value)})},n.name))})}function $n(){let[e,n]=B({}),[t,o]=B({});return{values:e,problems:t,setProblems:o,onInput:(s,r)=>{n(a=>({...a,[s]:r})),o(a=>{let{[s]:l,...u}=a;return u})},reset:()=>{n({}),o({})}}}function xn(e,n){let[t,o]=B(void 0),[s,r]=B(null),[a,l]=B(!0),u=oe(0),c=fn(async()=>{let f=++u.current;l(!0);try{let A=await e();if(f!==u.current)return;o(A),r(null)}catch(A){if(f!==u.current)return;r(A)}finally{f===u.current&&l(!1)}},n);return X(()=>{c()},[c]),{data:t,error:s,loading:a,reload:c}}var C=class extends String{__apiType;value;__meta__;constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}},Tn=new C(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
        }
      }
    }
  }
}
    `),In=new C(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `),wn=new C(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `),Sn=new C(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `),Rn=new C(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `),Pn=new C(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
        }
      }
    }
  }
}
    `),Wn=new C(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),Nn=new C(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `),qn=new C(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `),Mn=new C(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Vn=new C(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Kn=new C(`
    mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
  deleteAccount(id: $id, revoke: $revoke) {
    deletedId
    revocation
    revocationError
  }
}
    `),On=new C(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `),Un=new C(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `),Ln=new C(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `),Fn=new C(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `),Bn=new C(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Hn=new C(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Qn=new C(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),jn=new C(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `),Gn=new C(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `),zn=new C(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `),Yn=new C(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),Jn=new C(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `),Xn=new C(`
    query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookEndpoints(
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        url
        description
        eventTypes
        isEnabled
        disabledReason
        failingSince
        previousSecretExpiresTime
        createdTime
      }
    }
  }
}
    `),Zn=new C(`
    query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookDeliveries(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        status
        attemptCount
        nextAttemptTime
        deliveredTime
        createdTime
        subjectId
        endpoint {
          id
          url
        }
        event {
          id
          type
        }
        attempts {
          createdTime
          statusCode
          durationMs
          error
        }
      }
    }
  }
}
    `),et=new C(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint {
      id
      url
    }
  }
}
    `),nt=new C(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
  rotateWebhookEndpointSecret(id: $id, overlap: $overlap) {
    secret
    webhookEndpoint {
      id
      previousSecretExpiresTime
    }
  }
}
    `),tt=new C(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),ot=new C(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),rt=new C(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
  }
}
    `),it=new C(`
    mutation ConsoleRedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    webhookDelivery {
      id
      status
      nextAttemptTime
    }
  }
}
    `);var It={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Tn,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":In,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":wn,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":Sn,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':Rn,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Pn,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId createdTime source { key name } } }\n    }\n  }\n':Wn,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":Nn,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":qn,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Mn,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Vn,"\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n":Kn,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":On,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':Un,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":Ln,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":Fn,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Bn,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Hn,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":Qn,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":jn,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':Gn,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":zn,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":Yn,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":Jn,'\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n':Xn,'\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n':Zn,"\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n":et,"\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n":nt,"\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":tt,"\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":ot,"\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n":rt,"\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n":it};function Me(e){return It[e]??{}}var st=Me(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }
        }
      }
    }
  }
`),at=Me(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`);function ct(e){let n=oe(new Ae(document.baseURI,e.sessionKey)).current,t=xn(()=>n.run(st),[]),[o,s]=B(""),[r,a]=B({name:"form"}),l=$n(),u=oe(null),c=()=>e.send({latchkey:"close"});wt(u,c);let f=t.error?{code:t.error instanceof q?t.error.code:"UNKNOWN",message:t.error.message}:t.data&&(t.data.viewer.permission!=="CREDENTIALS_IN_ONLY"||!t.data.viewer.authAccess.personId)?{code:"NOT_A_CONNECT_SESSION",message:"the widget takes a connect session\u2019s key (createConnectSession), not an API key"}:null;X(()=>{f&&e.send({latchkey:"event",event:{type:"error",...f}})},[f?.code]),X(()=>{let m=u.current;m&&(t.data||t.error)&&(m.querySelector("form select, form input")??m.querySelector(".buttons button"))?.focus()},[t.data,t.error,r.name,o]);let A=t.data?.viewer.authAccess.sources,i=(t.data?.sources.edges??[]).map(m=>({...m.node,credentialTypes:m.node.credentialTypes.filter(y=>!y.requiresPlatformApp)})).filter(m=>m.credentialTypes.length>0).filter(m=>!A||A.includes(m.key)).filter(m=>!e.only||e.only.includes(m.key)),d=i.length===1?i[0]:i.find(m=>m.key===o),_=d?.credentialTypes[0],S=async m=>{if(m.preventDefault(),!d||!_)return;let y=vn(_.fields,l.values);if(l.setProblems(y),!Object.keys(y).length){a({name:"sending"});try{let h=await n.run(at,{input:{source:d.key,credentialType:_.key,credentials:kn(_.fields,l.values)}}),W=h.createAccount.account;l.reset(),a({name:"added",source:W.source.name,identifier:W.identifier,alreadyExists:h.createAccount.alreadyExists}),e.send({latchkey:"event",event:{type:"account-added",accountId:W.id,source:W.source.key,identifier:W.identifier,alreadyExists:h.createAccount.alreadyExists}})}catch(h){a({name:"failed",error:h}),h instanceof q&&h.code==="VERIFICATION_FAILED"&&e.send({latchkey:"event",event:{type:"verification-failed",source:d.key,reason:h.errors[0]?.message??""}})}}},D;if(f)D=p(F,{children:[p("p",{class:"failure",role:"alert",children:["This connect session cannot be used",t.error?": it may have expired":"",". Close this window and start again."]}),t.error?p(qe,{error:t.error}):p("p",{class:"hint",children:[f.message,"."]}),p("div",{class:"buttons",children:p("button",{type:"button",onClick:c,children:"Close"})})]});else if(!t.data)D=p("p",{class:"loading",children:"Loading\u2026"});else if(i.length===0)D=p("p",{children:"No source can be connected from here."});else if(r.name==="added")D=p("div",{role:"status",children:[p("p",{class:"success",children:r.alreadyExists?`This ${r.source} account (${r.identifier}) was already connected; its credentials were refreshed.`:`Your ${r.source} account (${r.identifier}) is connected.`}),p("div",{class:"buttons",children:[p("button",{type:"button",onClick:()=>a({name:"form"}),children:"Connect another"}),p("button",{type:"button",class:"primary",onClick:c,children:"Done"})]})]});else if(r.name==="failed"){let m=r.error instanceof q&&r.error.code==="VERIFICATION_FAILED";D=p("div",{children:[p("p",{class:"failure",role:"alert",children:m?`${d?.name??"The source"} did not accept these credentials, so nothing was saved.`:"The account could not be connected."}),p(qe,{error:r.error}),p("div",{class:"buttons",children:[p("button",{type:"button",onClick:c,children:"Close"}),p("button",{type:"button",class:"primary",onClick:()=>a({name:"form"}),children:"Try again"})]})]})}else D=p("form",{onSubmit:S,noValidate:!0,"aria-busy":r.name==="sending",children:[i.length>1?p("div",{class:"field",children:[p("label",{for:"lk-source",children:"Service"}),p("select",{id:"lk-source",value:o,onChange:m=>{s(m.target.value),l.reset()},children:[p("option",{value:"",children:"Choose a service\u2026"}),i.map(m=>p("option",{value:m.key,children:m.name},m.key))]})]}):null,_?p(Dn,{type:_,values:l.values,problems:l.problems,onInput:l.onInput}):null,p("div",{class:"buttons",children:[p("button",{type:"button",onClick:c,children:"Cancel"}),p("button",{type:"submit",class:"primary",disabled:!_||r.name==="sending",children:r.name==="sending"?"Checking with the service\u2026":"Connect"})]}),r.name==="sending"?p("p",{role:"status",class:"hint",children:["Checking these credentials with ",d?.name,"\u2026"]}):null]});return p("main",{class:"widget",ref:u,"aria-labelledby":"lk-title",children:[p("header",{class:"dialog-head",children:[p("h1",{id:"lk-title",children:d?`Connect ${d.name}`:"Connect an account"}),p("button",{type:"button",class:"icon","aria-label":"Close",onClick:c,children:"\xD7"})]}),D,p("p",{class:"fine",children:"Your credentials are checked with the service, stored encrypted and never shown again."})]})}function wt(e,n){X(()=>{let t=o=>{if(o.key==="Escape"){o.preventDefault(),n();return}if(o.key!=="Tab"||!e.current)return;let s=[...e.current.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])")],r=s[0],a=s[s.length-1];!r||!a||(o.shiftKey&&(document.activeElement===r||!e.current.contains(document.activeElement))?(o.preventDefault(),a.focus()):!o.shiftKey&&(document.activeElement===a||!e.current.contains(document.activeElement))&&(o.preventDefault(),r.focus()))};return document.addEventListener("keydown",t),()=>document.removeEventListener("keydown",t)},[])}var ce=document.getElementById("app"),le=En().origins??[];function St(e){return n=>window.parent.postMessage(n,e)}function Rt(e){let n=document.documentElement;if(e==="dark"||e==="light"){n.classList.add(e);return}for(let[t,o]of Object.entries(e??{}))/^--lk-[a-z-]{1,40}$/.test(t)&&typeof o=="string"&&/^[#\w\s.,%()/"'-]{0,100}$/.test(o)&&!/url|image|src/i.test(o)&&n.style.setProperty(t,o)}function Pt(){if(!ce)return;if(window.parent===window||le.length===0){ce.textContent="",we(p("main",{class:"widget",children:[p("h1",{children:"Connect an account"}),p("p",{children:["This page opens inside a website\u2019s connect window, through ",p("code",{children:"/connect.js"}),le.length===0?", and this server allows no website to show it yet (LATCHKEY_CORS_ORIGINS)":"","."]})]}),ce);return}let e=!1;addEventListener("message",o=>{if(e||o.source!==window.parent||!le.includes(o.origin))return;let s=o.data;if(!s||s.latchkey!=="init"||typeof s.sessionKey!="string")return;e=!0,Rt(s.theme);let r=St(o.origin),a=Array.isArray(s.sources)?s.sources.filter(l=>typeof l=="string"):void 0;ce.textContent="",we(p(ct,{sessionKey:s.sessionKey,only:a,send:r}),ce)});let n=window.location.ancestorOrigins?.[0],t=n!==void 0?le.filter(o=>o===n):le;for(let o of t)window.parent.postMessage({latchkey:"ready"},o)}Pt();})();
